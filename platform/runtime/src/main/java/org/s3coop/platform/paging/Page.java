package org.s3coop.platform.paging;

import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list: {@code {items, page, size, totalItems, totalPages}}. */
public record Page<T>(
        @Schema(description = "The items of this page") List<T> items,
        @Schema(description = "Zero-based page number", example = "0") int page,
        @Schema(description = "Page size asked for", example = "20") int size,
        @Schema(description = "Items matching the filters, in all pages", example = "42") long totalItems,
        @Schema(description = "Number of pages", example = "3") int totalPages) {

    public static <T> Page<T> of(List<T> items, PageRequest request, long totalItems) {
        int size = request.size();
        int pages = (int) ((totalItems + size - 1) / size);
        return new Page<>(items, request.page(), size, totalItems, pages);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, totalItems, totalPages);
    }
}
