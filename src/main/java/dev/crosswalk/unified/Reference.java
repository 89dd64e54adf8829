package dev.crosswalk.unified;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;

/**
 * A reference to another unified record by its id, e.g. {@code applications[{id}]}; in write
 * bodies (e.g. {@code source{id}}) the id is required.
 */
public record Reference(
        @Schema(description = "The record's id", requiredMode = Schema.RequiredMode.REQUIRED) @NotBlank
        String id) {}
