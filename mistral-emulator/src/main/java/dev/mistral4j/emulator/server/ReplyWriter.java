package dev.mistral4j.emulator.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.EndPoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The end of the pipeline: checks a reply against the contract, records the request, then writes the reply (JSON,
 * an event stream with its chunk delay, or a file), applying a stream fault as it goes.
 */
final class ReplyWriter {

    private static final Logger LOG = LoggerFactory.getLogger(ReplyWriter.class);
    private static final String DONE = "data: [DONE]\n\n";

    private final ContractCheck contract;
    private final Recording recording;
    private final RuntimeSettings runtime;

    ReplyWriter(ContractCheck contract, Recording recording, RuntimeSettings runtime) {
        this.contract = contract;
        this.recording = recording;
        this.runtime = runtime;
    }

    /** Writes {@code reply}; {@code fault} is the stream fault to apply, or {@code null}. */
    void send(Call call, Reply reply, FaultPlan fault) {
        if (reply instanceof Reply.Json json) {
            sendJson(call, json.status(), json.body(), fault);
        } else if (reply instanceof Reply.EventStream stream) {
            List<String> frames = new ArrayList<>(stream.events().size());
            stream.events().forEach(event -> frames.add("data: " + event + "\n\n"));
            sendEvents(call, frames, DONE, fault);
        } else if (reply instanceof Reply.TypedEventStream stream) {
            List<String> frames = new ArrayList<>(stream.events().size());
            stream.events().forEach(event -> frames.add("event: " + event.path("type").asText() + "\ndata: " + event
                    + "\n\n"));
            sendEvents(call, frames, "", fault);
        } else if (reply instanceof Reply.FileContent file) {
            sendFile(call, file.file());
        }
    }

    private void sendJson(Call call, int status, JsonNode reply, FaultPlan fault) {
        String text = reply.toString();
        contract.checkResponse(call, status, "application/json", text);
        recording.record(call, status);
        if (fault != null && fault.kind() == FaultPlan.Kind.CUT_STREAM) {
            dropConnection(call.ctx());
            return;
        }
        if (fault != null && fault.kind() == FaultPlan.Kind.MALFORMED_EVENT) {
            text = text.substring(0, text.length() / 2);
        }
        call.ctx().status(status).contentType("application/json").result(text);
    }

    /** Streams a stored file, so a download costs no memory whatever its size. */
    private void sendFile(Call call, Path file) {
        contract.checkResponse(call, 200, "application/octet-stream", "");
        recording.record(call, 200);
        HttpServletResponse response = call.ctx().res();
        response.setStatus(200);
        response.setContentType("application/octet-stream");
        try {
            response.setContentLengthLong(Files.size(file));
            Files.copy(file, response.getOutputStream());
        } catch (IOException e) {
            LOG.debug("client left {} {} mid-download: {}", call.method(), call.path(), e.toString());
        }
    }

    /** Writes {@code frames}, then {@code terminator} (empty for none). */
    private void sendEvents(Call call, List<String> frames, String terminator, FaultPlan fault) {
        contract.checkResponse(call, 200, "text/event-stream", String.join("", frames) + terminator);
        recording.record(call, 200);
        int faultAt = fault == null ? -1 : fault.events();
        HttpServletResponse response = call.ctx().res();
        response.setStatus(200);
        response.setContentType("text/event-stream");
        response.setHeader("Cache-Control", "no-cache");
        try {
            OutputStream out = response.getOutputStream();
            for (int i = 0; i <= frames.size(); i++) {
                if (i == faultAt && fault.kind() == FaultPlan.Kind.CUT_STREAM) {
                    out.flush();
                    dropConnection(call.ctx());
                    return;
                }
                if (i == faultAt && fault.kind() == FaultPlan.Kind.MALFORMED_EVENT) {
                    write(out, "data: {\"id\": \"cmpl-truncated\", \"choices\": [\n\n");
                }
                if (i == frames.size()) {
                    break;
                }
                if (i > 0) {
                    Latency.sleep(runtime.chunkDelay());
                }
                write(out, frames.get(i));
            }
            if (!terminator.isEmpty()) {
                write(out, terminator);
            }
        } catch (IOException e) {
            // the client went away mid-stream: nothing left to answer
            LOG.debug("client left {} {} mid-stream: {}", call.method(), call.path(), e.toString());
        }
    }

    private static void write(OutputStream out, String frame) throws IOException {
        out.write(frame.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    static void dropConnection(Context ctx) {
        endPoint(ctx).close();
    }

    static EndPoint endPoint(Context ctx) {
        return ServletContextRequest.getServletContextRequest(ctx.req()).getServletChannel().getEndPoint();
    }
}
