package dev.crosswalk.sandbox;

import dev.crosswalk.sandbox.AshbyObjects.Application;
import dev.crosswalk.sandbox.AshbyObjects.Candidate;
import dev.crosswalk.sandbox.AshbyObjects.CandidateLocation;
import dev.crosswalk.sandbox.AshbyObjects.ContactInfo;
import dev.crosswalk.sandbox.AshbyObjects.FileInfo;
import dev.crosswalk.sandbox.AshbyObjects.LocationComponent;
import dev.crosswalk.sandbox.AshbyObjects.Note;
import dev.crosswalk.sandbox.AshbyObjects.NoteAuthor;
import dev.crosswalk.sandbox.AshbyObjects.SocialLink;
import dev.crosswalk.sandbox.AshbyObjects.Source;
import dev.crosswalk.sandbox.AshbyObjects.Tag;
import dev.crosswalk.sandbox.AshbyObjects.User;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/** {@code candidate.*} and {@code file.info}: candidates, their notes, tags and files. */
final class CandidateMethods {

    private static final int SEARCH_LIMIT = 100;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    /** Tags Ashby keeps in HTML notes; every other tag is stripped (its text stays). */
    private static final Pattern UNSUPPORTED_TAG =
            Pattern.compile("</?(?!(?:b|i|u|a|ul|ol|li|code|pre)\\b)[a-zA-Z][^>]*>");

    private final SandboxPaging paging;

    CandidateMethods(SandboxPaging paging) {
        this.paging = paging;
    }

    List<SandboxMethod> methods() {
        return List.of(
                new SandboxMethod("candidate.list", "candidates:read", this::list),
                new SandboxMethod("candidate.info", "candidates:read", this::info),
                new SandboxMethod("candidate.search", "candidates:read", this::search),
                new SandboxMethod("candidate.create", "candidates:write", this::create),
                new SandboxMethod("candidate.update", "candidates:write", this::update),
                new SandboxMethod("candidate.addTag", "candidates:write", this::addTag),
                new SandboxMethod("candidate.listNotes", "candidates:read", this::listNotes),
                new SandboxMethod("candidate.createNote", "candidates:write", this::createNote),
                new SandboxMethod("file.info", "candidates:read", this::fileInfo));
    }

    private Object list(SandboxCall call) {
        return paging.page(call, call.org().candidates, row -> call.seesCandidate(row.value()));
    }

    private Object info(SandboxCall call) {
        if (!call.request().has("id")) {
            // Lookups by externalMappingId find nothing: the sandbox has no external mappings.
            throw SandboxFailure.notFound("candidate");
        }
        return new SandboxJson.Result(visibleCandidate(call, call.request().uuid("id")));
    }

    private Object search(SandboxCall call) {
        String email = call.request().string("email");
        String name = call.request().string("name");
        if (email == null && name == null) {
            throw SandboxFailure.invalidInput("Provide email, name or both");
        }
        SandboxOrganisation org = call.org();
        String nameNeedle = name != null ? name.trim().toLowerCase(Locale.ROOT) : null;
        List<Candidate> found = new ArrayList<>();
        Iterable<Candidate> pool = email != null
                ? byEmail(org, email)
                : () -> org.candidates.rows().stream()
                        .map(SandboxTable.Row::value)
                        .iterator();
        for (Candidate candidate : pool) {
            if (found.size() == SEARCH_LIMIT) {
                break;
            }
            if ((nameNeedle == null || candidate.name().toLowerCase(Locale.ROOT).contains(nameNeedle))
                    && call.seesCandidate(candidate)) {
                found.add(candidate);
            }
        }
        return new SandboxJson.Result(found);
    }

    /** Candidates with that address now; the index may still name candidates who changed it since. */
    private static List<Candidate> byEmail(SandboxOrganisation org, String email) {
        String wanted = email.trim();
        Set<UUID> ids = org.candidatesByEmail.getOrDefault(wanted.toLowerCase(Locale.ROOT), Set.of());
        return ids.stream()
                .map(org.candidates::row)
                .filter(java.util.Objects::nonNull)
                .filter(row -> row.value().emailAddresses().stream()
                        .anyMatch(contact -> contact.value().equalsIgnoreCase(wanted)))
                .sorted((a, b) -> a.key().compareTo(b.key()))
                .map(SandboxTable.Row::value)
                .toList();
    }

    private Object create(SandboxCall call) {
        SandboxRequest request = call.request();
        SandboxOrganisation org = call.org();
        String name = request.string("name").trim();
        if (name.isEmpty()) {
            throw SandboxFailure.invalidInput("name must not be blank");
        }
        List<ContactInfo> emails = new ArrayList<>();
        String email = request.string("email");
        if (email != null) {
            emails.add(new ContactInfo(checkedEmail(email), "Personal", true));
        }
        for (String alternate : request.strings("alternateEmailAddresses")) {
            emails.add(new ContactInfo(checkedEmail(alternate), "Personal", emails.isEmpty()));
        }
        String phone = request.string("phoneNumber");
        ContactInfo primaryPhone = phone != null ? new ContactInfo(phone, "Personal", true) : null;
        List<SocialLink> links = new ArrayList<>();
        addLink(links, "LinkedIn", request.string("linkedInUrl"));
        addLink(links, "GitHub", request.string("githubUrl"));
        addLink(links, "Website", request.string("website"));
        Source source = source(org, request.uuid("sourceId"));
        User creditedTo = user(org, request.uuid("creditedToUserId"));
        org.writeLock.lock();
        try {
            Instant now = org.now();
            Instant createdAt = request.has("createdAt") ? request.instant("createdAt") : now;
            UUID id = UUID.randomUUID();
            Candidate candidate = new Candidate(
                    id,
                    createdAt,
                    now,
                    name,
                    emails.isEmpty() ? null : emails.get(0),
                    List.copyOf(emails),
                    primaryPhone,
                    primaryPhone != null ? List.of(primaryPhone) : List.of(),
                    List.copyOf(links),
                    List.of(),
                    null,
                    null,
                    null,
                    List.of(),
                    null,
                    List.of(),
                    List.of(),
                    "https://app.ashbyhq.com/candidates/" + id,
                    source,
                    creditedTo,
                    null,
                    location(request.node("location")));
            org.candidates.put(id, createdAt.toEpochMilli(), null, candidate, org.nextChange());
            emails.forEach(contact -> org.indexEmail(contact.value(), id));
            return new SandboxJson.Result(candidate);
        } finally {
            org.writeLock.unlock();
        }
    }

    private Object update(SandboxCall call) {
        SandboxRequest request = call.request();
        SandboxOrganisation org = call.org();
        UUID candidateId = request.uuid("candidateId");
        Source source = request.has("sourceId") ? source(org, request.uuid("sourceId")) : null;
        User creditedTo = request.has("creditedToUserId") ? user(org, request.uuid("creditedToUserId")) : null;
        org.writeLock.lock();
        try {
            Candidate current = visibleCandidate(call, candidateId);
            String name = request.has("name") ? request.string("name").trim() : current.name();
            if (name.isEmpty()) {
                throw SandboxFailure.invalidInput("name must not be blank");
            }
            List<ContactInfo> emails = new ArrayList<>(current.emailAddresses());
            ContactInfo primaryEmail = current.primaryEmailAddress();
            if (request.has("email")) {
                primaryEmail = new ContactInfo(checkedEmail(request.string("email")), "Personal", true);
                emails.replaceAll(contact -> new ContactInfo(contact.value(), contact.type(), false));
                String newAddress = primaryEmail.value();
                emails.removeIf(contact -> contact.value().equalsIgnoreCase(newAddress));
                emails.add(0, primaryEmail);
            }
            if (request.has("alternateEmail")) {
                String alternate = checkedEmail(request.string("alternateEmail"));
                if (emails.stream().noneMatch(contact -> contact.value().equalsIgnoreCase(alternate))) {
                    emails.add(new ContactInfo(alternate, "Personal", emails.isEmpty()));
                }
            }
            ContactInfo primaryPhone = current.primaryPhoneNumber();
            List<ContactInfo> phones = new ArrayList<>(current.phoneNumbers());
            if (request.has("phoneNumber")) {
                primaryPhone = new ContactInfo(request.string("phoneNumber"), "Personal", true);
                phones.replaceAll(contact -> new ContactInfo(contact.value(), contact.type(), false));
                phones.add(0, primaryPhone);
            }
            List<SocialLink> links = new ArrayList<>(current.socialLinks());
            if (request.has("socialLinks")) {
                links.clear();
                for (JsonNode link : request.node("socialLinks")) {
                    links.add(new SocialLink(
                            link.get("type").asString(), link.get("url").asString()));
                }
            }
            replaceLink(links, "LinkedIn", request.string("linkedInUrl"));
            replaceLink(links, "GitHub", request.string("githubUrl"));
            replaceLink(links, "Website", request.string("websiteUrl"));
            Instant now = org.now();
            Candidate updated = new Candidate(
                    current.id(),
                    request.has("createdAt") ? request.instant("createdAt") : current.createdAt(),
                    now,
                    name,
                    primaryEmail,
                    List.copyOf(emails),
                    primaryPhone,
                    List.copyOf(phones),
                    List.copyOf(links),
                    current.tags(),
                    current.position(),
                    current.company(),
                    current.school(),
                    current.applicationIds(),
                    current.resumeFileHandle(),
                    current.fileHandles(),
                    current.customFields(),
                    current.profileUrl(),
                    source != null ? source : current.source(),
                    creditedTo != null ? creditedTo : current.creditedToUser(),
                    current.timezone(),
                    request.has("location") ? location(request.node("location")) : current.location());
            save(org, updated);
            emails.forEach(contact -> org.indexEmail(contact.value(), updated.id()));
            // Applications embed the candidate's name and primary contacts: keep them in step.
            for (UUID applicationId : updated.applicationIds()) {
                SandboxTable.Row<Application> row = org.applications.row(applicationId);
                if (row != null) {
                    Application application = row.value().withCandidate(updated.summary());
                    org.applications.put(
                            applicationId, row.key().createdMs(), row.group(), application, org.nextChange());
                }
            }
            return new SandboxJson.Result(updated);
        } finally {
            org.writeLock.unlock();
        }
    }

    private Object addTag(SandboxCall call) {
        SandboxOrganisation org = call.org();
        UUID tagId = call.request().uuid("tagId");
        Tag tag = org.tags.get(tagId);
        if (tag == null) {
            throw SandboxFailure.notFound("tag");
        }
        if (tag.isArchived()) {
            throw SandboxFailure.invalidInput("The tag is archived");
        }
        org.writeLock.lock();
        try {
            Candidate current = visibleCandidate(call, call.request().uuid("candidateId"));
            if (current.tags().stream().anyMatch(existing -> existing.id().equals(tagId))) {
                return new SandboxJson.Result(current);
            }
            List<Tag> tags = new ArrayList<>(current.tags());
            tags.add(tag);
            Candidate updated = new Candidate(
                    current.id(),
                    current.createdAt(),
                    org.now(),
                    current.name(),
                    current.primaryEmailAddress(),
                    current.emailAddresses(),
                    current.primaryPhoneNumber(),
                    current.phoneNumbers(),
                    current.socialLinks(),
                    List.copyOf(tags),
                    current.position(),
                    current.company(),
                    current.school(),
                    current.applicationIds(),
                    current.resumeFileHandle(),
                    current.fileHandles(),
                    current.customFields(),
                    current.profileUrl(),
                    current.source(),
                    current.creditedToUser(),
                    current.timezone(),
                    current.location());
            save(org, updated);
            return new SandboxJson.Result(updated);
        } finally {
            org.writeLock.unlock();
        }
    }

    private Object listNotes(SandboxCall call) {
        UUID candidateId = call.request().requiredUuid("candidateId");
        visibleCandidate(call, candidateId);
        return paging.page(call, call.org().notes, candidateId, row -> true, note -> note);
    }

    private Object createNote(SandboxCall call) {
        SandboxRequest request = call.request();
        SandboxOrganisation org = call.org();
        JsonNode note = request.node("note");
        String content;
        if (note.isString()) {
            content = note.asString();
        } else {
            content = note.get("value").asString();
            if ("text/html".equals(note.get("type").asString())) {
                content = UNSUPPORTED_TAG.matcher(content).replaceAll("");
            }
        }
        if (content.isBlank()) {
            throw SandboxFailure.invalidInput("note must not be empty");
        }
        UUID candidateId = request.uuid("candidateId");
        visibleCandidate(call, candidateId);
        User author = org.apiUser;
        org.writeLock.lock();
        try {
            Instant now = org.now();
            Instant createdAt = request.has("createdAt") ? request.instant("createdAt") : now;
            Note created = new Note(
                    UUID.randomUUID(),
                    createdAt,
                    request.bool("isPrivate", false),
                    content,
                    new NoteAuthor(author.id(), author.firstName(), author.lastName(), author.email()));
            org.notes.put(created.id(), createdAt.toEpochMilli(), candidateId, created, org.nextChange());
            return new SandboxJson.Result(created);
        } finally {
            org.writeLock.unlock();
        }
    }

    private Object fileInfo(SandboxCall call) {
        SandboxOrganisation.OwnedFile file = call.org().files.get(call.request().string("fileHandle"));
        if (file == null
                || file.candidateId() != null && !call.seesCandidate(visibleCandidate(call, file.candidateId()))) {
            throw SandboxFailure.notFound("file");
        }
        long expires = call.org().clock.millis() + 5 * 60_000;
        return new SandboxJson.Result(new FileInfo("https://sandbox-files.crosswalk.test/" + call.org().id + "/"
                + file.file().id() + "/" + file.file().name().replace(' ', '_') + "?expires=" + expires));
    }

    // ---- helpers ---------------------------------------------------------------------------------

    static Candidate visibleCandidate(SandboxCall call, UUID id) {
        Candidate candidate = call.org().candidates.get(id);
        if (candidate == null || !call.seesCandidate(candidate)) {
            throw SandboxFailure.notFound("candidate");
        }
        return candidate;
    }

    static void save(SandboxOrganisation org, Candidate candidate) {
        SandboxTable.Row<Candidate> row = org.candidates.row(candidate.id());
        org.candidates.put(candidate.id(), row.key().createdMs(), null, candidate, org.nextChange());
    }

    static Source source(SandboxOrganisation org, UUID id) {
        if (id == null) {
            return null;
        }
        Source source = org.sources.get(id);
        if (source == null) {
            throw SandboxFailure.notFound("source");
        }
        return source;
    }

    static User user(SandboxOrganisation org, UUID id) {
        if (id == null) {
            return null;
        }
        User user = org.users.get(id);
        if (user == null) {
            throw SandboxFailure.notFound("user");
        }
        return user;
    }

    private static String checkedEmail(String email) {
        String trimmed = email.trim();
        if (!EMAIL.matcher(trimmed).matches()) {
            throw SandboxFailure.invalidInput("'" + trimmed + "' is not an email address");
        }
        return trimmed;
    }

    private static void addLink(List<SocialLink> links, String type, String url) {
        if (url != null && !url.isBlank()) {
            links.add(new SocialLink(type, url.trim()));
        }
    }

    private static void replaceLink(List<SocialLink> links, String type, String url) {
        if (url != null) {
            links.removeIf(link -> link.type().equals(type));
            addLink(links, type, url);
        }
    }

    private static CandidateLocation location(JsonNode location) {
        if (location == null || !location.isObject()) {
            return null;
        }
        List<LocationComponent> components = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String[] part : new String[][] {{"city", "City"}, {"region", "Region"}, {"country", "Country"}}) {
            JsonNode value = location.get(part[0]);
            if (value != null && value.isString() && !value.asString().isBlank()) {
                components.add(new LocationComponent(part[1], value.asString()));
                names.add(value.asString());
            }
        }
        return names.isEmpty()
                ? null
                : new CandidateLocation(UUID.randomUUID(), String.join(", ", names), List.copyOf(components));
    }
}
