package dev.crosswalk.ashby.departments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.support.AshbySpec;
import dev.crosswalk.unified.Reference;
import dev.crosswalk.unified.departments.Department;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The department mapping, fed with a department list recorded from a real Ashby org and with the spec's example. */
class DepartmentMapperTests {

    final JsonMapper json = JsonMapper.builder().build();
    final DepartmentMapper mapper = new DepartmentMapperImpl();

    @Test
    void mapsTheRecordedDepartment() throws IOException {
        JsonNode recorded;
        try (InputStream in = getClass().getResourceAsStream("/ashby/department.list.recorded.json")) {
            recorded = json.readTree(in).path("results").path(0);
        }

        Department department = mapper.toDepartment(json.treeToValue(recorded, AshbyDepartment.class), null);

        assertThat(department)
                .isEqualTo(new Department(
                        "00000000-0000-0000-0000-000000000001",
                        Instant.parse("2024-02-04T08:15:12.335Z"),
                        Instant.parse("2024-02-04T08:15:12.335Z"),
                        "Test User 1",
                        null,
                        "active",
                        null));
    }

    @Test
    void mapsTheSpecExampleWithItsParent() {
        JsonNode example = AshbySpec.load().exampleResponse("department.info").path("results");

        Department department = mapper.toDepartment(json.treeToValue(example, AshbyDepartment.class), example);

        assertThat(department.id()).isEqualTo(example.path("id").asString());
        assertThat(department.name()).isEqualTo("Engineering Operations");
        assertThat(department.parent())
                .isEqualTo(new Reference(example.path("parentId").asString()));
        assertThat(department.status()).isEqualTo("active");
        assertThat(department.updatedAt()).isEqualTo(Instant.parse("2023-09-13T21:30:57.965Z"));
        assertThat(department.remoteData()).isSameAs(example);
    }

    @Test
    void anArchivedDepartmentIsInactive() {
        JsonNode archived = json.readTree("{\"id\": \"d-1\", \"name\": \"Legacy\", \"isArchived\": true}");

        assertThat(mapper.toDepartment(json.treeToValue(archived, AshbyDepartment.class), null)
                        .status())
                .isEqualTo("inactive");
    }
}
