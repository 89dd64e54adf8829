package dev.crosswalk.unified.offices;

import dev.crosswalk.unified.FilterType;
import dev.crosswalk.unified.UnifiedResource;

/** The offices resource: the organisation's locations and regions. */
public final class Offices {

    public static final UnifiedResource<Office, OfficeFilter> RESOURCE = UnifiedResource.builder(
                    "offices", "office", Office.class)
            .tag("Offices", "The organisation's locations and the regions that group them")
            .query(query -> query.filter("include_archived", FilterType.FLAG, "Also list archived offices"))
            .listed(
                    "List offices",
                    "One page per call; follow next_cursor until it is null. Regions (location hierarchy nodes, e.g. "
                            + "Europe) are listed too, so every parent can be found in the listing. Archived offices "
                            + "are left out unless include_archived=true.",
                    query -> new OfficeFilter(Boolean.TRUE.equals(query.flag("include_archived"))))
            .gotById("Get an office", "Archived offices too. An unknown id answers 404 not_found.")
            .syncable()
            .build();

    private Offices() {}
}
