package dev.crosswalk.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.unified.Page;
import dev.crosswalk.unified.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import reactor.core.publisher.Mono;

/** A vendor source's listing read to the end, the way the gateway pages it for a client. */
public final class Pages {

    private Pages() {}

    /**
     * Every page of ids, following each page's next position until it is null; checks that no page
     * is longer than {@code limit}.
     */
    public static <T> List<List<String>> ids(
            int limit, Function<PageRequest, Mono<Page<T>>> fetch, Function<T, String> id) {
        List<List<String>> pages = new ArrayList<>();
        String position = null;
        do {
            Page<T> page = fetch.apply(new PageRequest(limit, position, false)).block();
            assertThat(page.records()).hasSizeLessThanOrEqualTo(limit);
            pages.add(page.records().stream().map(id).toList());
            position = page.nextPosition();
        } while (position != null && pages.size() < 1000);
        return pages;
    }
}
