package dev.crosswalk.unified.tags;

import dev.crosswalk.unified.FilterType;
import dev.crosswalk.unified.UnifiedResource;

/** The tags resource: the labels candidates can carry. */
public final class Tags {

    public static final UnifiedResource<Tag, TagFilter> RESOURCE = UnifiedResource.builder("tags", "tag", Tag.class)
            .tag("Tags", "The labels candidates can carry")
            .query(query -> query.filter("include_archived", FilterType.FLAG, "Also list archived tags"))
            .listed(
                    "List candidate tags",
                    "Archived tags are left out unless include_archived=true. One page per call; follow next_cursor "
                            + "until it is null.",
                    query -> new TagFilter(Boolean.TRUE.equals(query.flag("include_archived"))))
            .syncable()
            .build();

    private Tags() {}
}
