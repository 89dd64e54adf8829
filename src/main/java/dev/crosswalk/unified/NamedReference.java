package dev.crosswalk.unified;

/** A reference that also carries the other record's display name, e.g. {@code source{id, name}}. */
public record NamedReference(String id, String name) {}
