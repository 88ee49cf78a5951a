package dev.mistral4j.admin;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** Walks a paginated list route page by page, fetching the next page only when the previous one is used up. */
final class PagedResults<T> implements Iterator<T> {

    /** The page size used when the caller gave none: the API's default. */
    static final int DEFAULT_PAGE_SIZE = 100;

    private final IntFunction<List<T>> fetchPage;
    private final int pageSize;
    private int nextPage;
    private Iterator<T> current = List.<T>of().iterator();
    private boolean lastPageSeen;

    private PagedResults(IntFunction<List<T>> fetchPage, int firstPage, int pageSize) {
        this.fetchPage = fetchPage;
        this.nextPage = firstPage;
        this.pageSize = pageSize;
    }

    /** A lazy stream over the items of every page from {@code firstPage} on; a short page is the last. */
    static <T> Stream<T> stream(IntFunction<List<T>> fetchPage, int firstPage, int pageSize) {
        PagedResults<T> pages = new PagedResults<>(fetchPage, firstPage, pageSize);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(pages, Spliterator.ORDERED), false);
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext() && !lastPageSeen) {
            List<T> page = fetchPage.apply(nextPage++);
            lastPageSeen = page.size() < pageSize;
            current = page.iterator();
        }
        return current.hasNext();
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.next();
    }
}
