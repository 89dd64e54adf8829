package dev.crosswalk.unified;

import java.util.Set;

/**
 * One filter of a unified list: the query parameter, how its value is read, whether every request
 * must carry it, the values it may take (empty: any) and the text that documents it wherever the
 * resource is described (the OpenAPI document, agent tools).
 */
public record Filter(String name, FilterType type, boolean required, Set<String> choices, String description) {

    public Filter {
        choices = Set.copyOf(choices);
    }
}
