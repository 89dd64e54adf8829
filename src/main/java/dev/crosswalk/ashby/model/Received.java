package dev.crosswalk.ashby.model;

import tools.jackson.databind.JsonNode;

/**
 * One Ashby object both as typed record and exactly as received, so {@code remote_data} can hand
 * the original back without a second decode.
 */
public record Received<T>(T value, JsonNode json) {
}
