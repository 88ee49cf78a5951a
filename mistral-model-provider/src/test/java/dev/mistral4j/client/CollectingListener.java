package dev.mistral4j.client;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps a stream's events in order; {@link #ended} completes at its end, exceptionally on its error. */
final class CollectingListener<T> implements StreamListener<T> {

    final List<T> events = new CopyOnWriteArrayList<>();
    final CompletableFuture<Void> ended = new CompletableFuture<>();

    @Override
    public void onEvent(T event) {
        events.add(event);
    }

    @Override
    public void onComplete() {
        ended.complete(null);
    }

    @Override
    public void onError(RuntimeException error) {
        ended.completeExceptionally(error);
    }
}
