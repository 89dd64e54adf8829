package dev.crosswalk.unified;

/** A custom field value; {@code value} keeps the ATS's own JSON shape (text, number, list, object). */
public record CustomField(String id, String name, Object value) {}
