package org.oversightportal.common;

/** Where a numbered page stands among its siblings: what the pager tag needs ({@code tags/threadpager}). */
public record Pager(long total, int number, int size) {

    public int pageCount() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean hasNext() {
        return number < pageCount();
    }

    public int previous() {
        return number - 1;
    }

    public int next() {
        return number + 1;
    }
}
