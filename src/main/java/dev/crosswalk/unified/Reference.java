package dev.crosswalk.unified;

/** A reference to another unified record by its id, e.g. {@code applications[{id}]}. */
public record Reference(String id) {
}
