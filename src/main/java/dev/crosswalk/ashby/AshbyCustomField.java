package dev.crosswalk.ashby;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import tools.jackson.databind.JsonNode;

/**
 * A custom field value on any Ashby object. The value's shape depends on the field type (text,
 * number, boolean, currency or range object, list), so it is kept as JSON.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AshbyCustomField(String id, String title, JsonNode value) {}
