package dev.crosswalk.sandbox;

import dev.crosswalk.sandbox.AshbyObjects.Department;
import dev.crosswalk.sandbox.AshbyObjects.Location;
import dev.crosswalk.sandbox.AshbyObjects.User;
import java.util.List;

/**
 * The organisation's set-up: departments, locations, users, and the hiring-process metadata
 * (candidate tags, archive reasons, sources), plus {@code apiKey.info}.
 */
final class OrganisationMethods {

    private final SandboxPaging paging;

    OrganisationMethods(SandboxPaging paging) {
        this.paging = paging;
    }

    List<SandboxMethod> methods() {
        return List.of(
                new SandboxMethod(
                        "apiKey.info",
                        "apiKeys:read",
                        call -> new SandboxJson.Result(call.org().apiKeyInfo(call.key()))),
                new SandboxMethod("department.list", "organization:read", this::departments),
                new SandboxMethod("department.info", "organization:read", this::department),
                new SandboxMethod("location.list", "organization:read", this::locations),
                new SandboxMethod("location.info", "organization:read", this::location),
                new SandboxMethod("user.list", "organization:read", this::users),
                new SandboxMethod("user.info", "organization:read", this::user),
                new SandboxMethod("candidateTag.list", "hiringProcessMetadata:read", this::tags),
                new SandboxMethod("archiveReason.list", "hiringProcessMetadata:read", this::archiveReasons),
                new SandboxMethod("source.list", "hiringProcessMetadata:read", this::sources));
    }

    private Object departments(SandboxCall call) {
        boolean includeArchived = call.request().bool("includeArchived", false);
        return paging.page(
                call,
                call.org().departments,
                row -> includeArchived || !row.value().isArchived());
    }

    private Object department(SandboxCall call) {
        Department department = call.org().departments.get(call.request().uuid("departmentId"));
        if (department == null) {
            throw SandboxFailure.notFound("department");
        }
        return new SandboxJson.Result(department);
    }

    /** Regions ({@code LocationHierarchy}) only with {@code includeLocationHierarchy}. */
    private Object locations(SandboxCall call) {
        boolean includeArchived = call.request().bool("includeArchived", false);
        boolean includeRegions = call.request().bool("includeLocationHierarchy", false);
        return paging.page(
                call,
                call.org().locations,
                row -> (includeArchived || !row.value().isArchived())
                        && (includeRegions
                                || !"LocationHierarchy".equals(row.value().type())));
    }

    private Object location(SandboxCall call) {
        Location location = call.org().locations.get(call.request().uuid("locationId"));
        if (location == null) {
            throw SandboxFailure.notFound("location");
        }
        return new SandboxJson.Result(location);
    }

    private Object users(SandboxCall call) {
        boolean includeDeactivated = call.request().bool("includeDeactivated", false);
        return paging.page(
                call, call.org().users, row -> includeDeactivated || row.value().isEnabled());
    }

    private Object user(SandboxCall call) {
        User user = call.org().users.get(call.request().uuid("userId"));
        if (user == null) {
            throw SandboxFailure.notFound("user");
        }
        return new SandboxJson.Result(user);
    }

    private Object tags(SandboxCall call) {
        boolean includeArchived = call.request().bool("includeArchived", false);
        return paging.page(
                call, call.org().tags, row -> includeArchived || !row.value().isArchived());
    }

    /** Not paged. */
    private Object archiveReasons(SandboxCall call) {
        boolean includeArchived = call.request().bool("includeArchived", false);
        return new SandboxJson.Result(call.org().archiveReasons.rows().stream()
                .map(SandboxTable.Row::value)
                .filter(reason -> includeArchived || !reason.isArchived())
                .toList());
    }

    /** Not paged; says {@code moreDataAvailable: false} like Ashby. */
    private Object sources(SandboxCall call) {
        boolean includeArchived = call.request().bool("includeArchived", false);
        return new SandboxJson.WholeList(
                true,
                call.org().sources.rows().stream()
                        .map(SandboxTable.Row::value)
                        .filter(source -> includeArchived || !source.isArchived())
                        .toList(),
                false);
    }
}
