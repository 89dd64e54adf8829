package dev.crosswalk.ashby.departments;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/** A department (or team) as {@code department.list} and {@code department.info} return it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AshbyDepartment(
        String id,
        String name,
        String externalName,
        Boolean isArchived,
        String parentId,
        Instant createdAt,
        Instant updatedAt) {}
