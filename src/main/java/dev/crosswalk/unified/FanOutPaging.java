package dev.crosswalk.unified;

import dev.crosswalk.web.CrosswalkException;
import dev.crosswalk.web.ProblemCode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import reactor.core.publisher.Mono;

/**
 * Pages through the children of an ordered list of parents (a job's interview plans → their
 * stages, a job's postings → their form fields) as if they were one list, for resources Ashby does
 * not list directly. The position names the parent by key (so a parent added or removed elsewhere
 * in the list shifts nothing) and the index of the next child within it: parents already served
 * are never fetched again. A page is full at {@code limit}; when it ends exactly at a parent's end,
 * the following parents are looked at until one has children, so the next position is null
 * exactly when nothing is left.
 */
public final class FanOutPaging<P, C> {

    private final List<P> parents;
    private final Function<P, String> key;
    private final Function<P, Mono<List<C>>> children;

    public FanOutPaging(List<P> parents, Function<P, String> key, Function<P, Mono<List<C>>> children) {
        this.parents = List.copyOf(parents);
        this.key = key;
        this.children = children;
    }

    public Mono<Page<C>> page(String position, int limit) {
        return Mono.defer(() -> {
            Start start = start(position);
            return collect(start.parent(), start.child(), limit, new ArrayList<>());
        });
    }

    private Mono<Page<C>> collect(int parent, int child, int limit, List<C> served) {
        if (parent >= parents.size()) {
            return Mono.just(new Page<>(served, null));
        }
        P current = parents.get(parent);
        return children.apply(current).flatMap(all -> {
            if (served.size() == limit) {
                // The page is full: only looking whether anything is left.
                return child < all.size()
                        ? Mono.just(new Page<>(served, position(current, child)))
                        : collect(parent + 1, 0, limit, served);
            }
            int end = Math.min(all.size(), child + limit - served.size());
            if (child < end) {
                served.addAll(all.subList(child, end));
            }
            if (served.size() == limit && end < all.size()) {
                return Mono.just(new Page<>(served, position(current, end)));
            }
            return collect(parent + 1, 0, limit, served);
        });
    }

    private String position(P parent, int child) {
        return key.apply(parent) + ":" + child;
    }

    private Start start(String position) {
        if (position == null) {
            return new Start(0, 0);
        }
        int colon = position.lastIndexOf(':');
        int child;
        try {
            child = Integer.parseInt(position.substring(colon + 1));
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            child = -1;
        }
        if (colon <= 0 || child < 0) {
            throw new CrosswalkException(
                    ProblemCode.INVALID_CURSOR, "Parameter 'next_cursor' does not belong to this listing");
        }
        String parentKey = position.substring(0, colon);
        for (int i = 0; i < parents.size(); i++) {
            if (parentKey.equals(key.apply(parents.get(i)))) {
                return new Start(i, child);
            }
        }
        // The parent the listing stopped in is gone: where to go on is unknowable.
        throw new CrosswalkException(
                ProblemCode.CURSOR_EXPIRED,
                "The listing changed in the ATS since it started; restart it without next_cursor");
    }

    private record Start(int parent, int child) {}
}
