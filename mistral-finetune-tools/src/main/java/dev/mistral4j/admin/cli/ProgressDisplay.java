package dev.mistral4j.admin.cli;

import dev.mistral4j.client.TransferProgress;
import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * How a command shows a long operation: a transfer (bytes) or a wait (status changes). Progress bars when a person
 * watches a terminal; plain lines on standard error otherwise, so that logs and scripts stay readable.
 */
interface ProgressDisplay {

    /** Progress of one upload or download named {@code task}; close it when the transfer ends. */
    Transfer transfer(String task);

    /** Progress of a wait for {@code task} (a job); close it when the wait ends. */
    Wait await(String task);

    /** Progress of {@code task} counted in items done of a total (a batch job's requests); close it at the end. */
    Count count(String task);

    /** A count being shown. */
    interface Count extends AutoCloseable {
        /** {@code done} of {@code total} items, the task being in {@code status}. */
        void update(long done, long total, String status);

        @Override
        void close();
    }

    /** A transfer being shown. */
    interface Transfer extends TransferProgress, AutoCloseable {
        @Override
        void close();
    }

    /** A wait being shown. */
    interface Wait extends AutoCloseable {
        /** The awaited task entered {@code status}. */
        void status(String status);

        @Override
        void close();
    }

    /** Bars drawn by the progressbar library on the terminal. */
    final class Bars implements ProgressDisplay {

        @Override
        public Transfer transfer(String task) {
            ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(-1)
                    .setUnit("MiB", 1024 * 1024).showSpeed().build();
            return new Transfer() {
                @Override
                public void update(long bytesDone, long totalBytes) {
                    bar.maxHint(totalBytes);
                    bar.stepTo(bytesDone);
                }

                @Override
                public void close() {
                    bar.close();
                }
            };
        }

        @Override
        public Count count(String task) {
            ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(-1).build();
            return new Count() {
                @Override
                public void update(long done, long total, String status) {
                    bar.maxHint(total);
                    bar.stepTo(done);
                    bar.setExtraMessage(status);
                }

                @Override
                public void close() {
                    bar.close();
                }
            };
        }

        @Override
        public Wait await(String task) {
            ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(-1).hideEta().build();
            return new Wait() {
                @Override
                public void status(String status) {
                    bar.setExtraMessage(status);
                    bar.step();
                }

                @Override
                public void close() {
                    bar.close();
                }
            };
        }
    }

    /** One line per tenth of a transfer (per 16 MiB when the size is unknown), one per status change. */
    final class Lines implements ProgressDisplay {

        private static final long UNKNOWN_SIZE_STEP = 16L * 1024 * 1024;

        private final PrintWriter err;

        Lines(PrintWriter err) {
            this.err = err;
        }

        @Override
        public Transfer transfer(String task) {
            return new Transfer() {
                private long lastReported = -1;

                @Override
                public void update(long bytesDone, long totalBytes) {
                    long mark = totalBytes > 0 ? bytesDone * 10 / totalBytes : bytesDone / UNKNOWN_SIZE_STEP;
                    if (mark != lastReported) {
                        lastReported = mark;
                        err.println(task + ": " + bytesDone + (totalBytes >= 0 ? " of " + totalBytes : "")
                                + " bytes" + (totalBytes > 0 ? " (" + mark * 10 + "%)" : ""));
                        err.flush();
                    }
                }

                @Override
                public void close() {
                    err.flush();
                }
            };
        }

        @Override
        public Count count(String task) {
            return new Count() {
                @Override
                public void update(long done, long total, String status) {
                    err.println(task + ": " + status + ", " + done + " of " + total + " done");
                    err.flush();
                }

                @Override
                public void close() {
                    err.flush();
                }
            };
        }

        @Override
        public Wait await(String task) {
            return new Wait() {
                @Override
                public void status(String status) {
                    err.println(task + ": " + status);
                    err.flush();
                }

                @Override
                public void close() {
                    err.flush();
                }
            };
        }
    }
}
