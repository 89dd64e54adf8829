package dev.crosswalk.sandbox;

import dev.crosswalk.sandbox.AshbyObjects.Address;
import dev.crosswalk.sandbox.AshbyObjects.Application;
import dev.crosswalk.sandbox.AshbyObjects.ApplicationFeedback;
import dev.crosswalk.sandbox.AshbyObjects.ApplicationHistoryEntry;
import dev.crosswalk.sandbox.AshbyObjects.ArchiveReason;
import dev.crosswalk.sandbox.AshbyObjects.Candidate;
import dev.crosswalk.sandbox.AshbyObjects.CandidateLocation;
import dev.crosswalk.sandbox.AshbyObjects.CompensationComponent;
import dev.crosswalk.sandbox.AshbyObjects.CompensationTier;
import dev.crosswalk.sandbox.AshbyObjects.ContactInfo;
import dev.crosswalk.sandbox.AshbyObjects.CustomFieldValue;
import dev.crosswalk.sandbox.AshbyObjects.Department;
import dev.crosswalk.sandbox.AshbyObjects.DescriptionPart;
import dev.crosswalk.sandbox.AshbyObjects.DescriptionParts;
import dev.crosswalk.sandbox.AshbyObjects.FeedbackFormDefinition;
import dev.crosswalk.sandbox.AshbyObjects.FileHandle;
import dev.crosswalk.sandbox.AshbyObjects.FormDefinition;
import dev.crosswalk.sandbox.AshbyObjects.FormField;
import dev.crosswalk.sandbox.AshbyObjects.FormFieldEntry;
import dev.crosswalk.sandbox.AshbyObjects.FormSection;
import dev.crosswalk.sandbox.AshbyObjects.HiringTeamMember;
import dev.crosswalk.sandbox.AshbyObjects.Interview;
import dev.crosswalk.sandbox.AshbyObjects.InterviewEvent;
import dev.crosswalk.sandbox.AshbyObjects.InterviewPlan;
import dev.crosswalk.sandbox.AshbyObjects.InterviewSchedule;
import dev.crosswalk.sandbox.AshbyObjects.InterviewStage;
import dev.crosswalk.sandbox.AshbyObjects.Interviewer;
import dev.crosswalk.sandbox.AshbyObjects.Job;
import dev.crosswalk.sandbox.AshbyObjects.JobPosting;
import dev.crosswalk.sandbox.AshbyObjects.Location;
import dev.crosswalk.sandbox.AshbyObjects.LocationComponent;
import dev.crosswalk.sandbox.AshbyObjects.LocationIds;
import dev.crosswalk.sandbox.AshbyObjects.Money;
import dev.crosswalk.sandbox.AshbyObjects.Note;
import dev.crosswalk.sandbox.AshbyObjects.NoteAuthor;
import dev.crosswalk.sandbox.AshbyObjects.Offer;
import dev.crosswalk.sandbox.AshbyObjects.OfferVersion;
import dev.crosswalk.sandbox.AshbyObjects.PostalAddress;
import dev.crosswalk.sandbox.AshbyObjects.PostingCompensation;
import dev.crosswalk.sandbox.AshbyObjects.Salary;
import dev.crosswalk.sandbox.AshbyObjects.SelectableValue;
import dev.crosswalk.sandbox.AshbyObjects.SocialLink;
import dev.crosswalk.sandbox.AshbyObjects.Source;
import dev.crosswalk.sandbox.AshbyObjects.SourceType;
import dev.crosswalk.sandbox.AshbyObjects.Tag;
import dev.crosswalk.sandbox.AshbyObjects.User;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Builds a consistent organisation from a seed and a candidate count: the same inputs give the
 * same organisation, ids included (they are drawn from the seeded random, timestamps are offsets
 * from a fixed base). The first jobs, applications and offers walk through every status so even
 * the 25-candidate demo shows each one; the rest are drawn with realistic weights.
 * Catalogue sizes (users, jobs) grow with the candidate count and are capped, so 100,000
 * candidates take a couple of seconds and a few hundred megabytes.
 */
final class SandboxDataGenerator {

    /** Everything generated happens after this instant and before {@link #END}. */
    static final Instant BASE = Instant.parse("2024-01-01T08:00:00.000Z");

    static final Instant END = Instant.parse("2026-06-01T08:00:00.000Z");
    private static final long DAY = Duration.ofDays(1).toMillis();
    private static final long HOUR = Duration.ofHours(1).toMillis();

    private static final String[] FIRST_NAMES = {
        "Ada",
        "Alan",
        "Grace",
        "Linus",
        "Margaret",
        "Dennis",
        "Barbara",
        "Ken",
        "Frances",
        "Edsger",
        "Radia",
        "Tim",
        "Katherine",
        "John",
        "Hedy",
        "Donald",
        "Shafi",
        "Leslie",
        "Sophie",
        "Yukihiro",
        "Anita",
        "Guido",
        "Mary",
        "James",
        "Adele",
        "Bjarne",
        "Jean",
        "Niklaus",
        "Joan",
        "Vint",
        "Karen",
        "Brian",
        "Lynn",
        "Ivan",
        "Carla",
        "Amara",
        "Mateo",
        "Priya",
        "Kwame",
        "Ingrid",
        "Chen",
        "Fatima",
        "Lars",
        "Aiko",
        "Diego",
        "Noor",
        "Olga",
        "Tariq",
        "Elena",
        "Sven"
    };
    private static final String[] LAST_NAMES = {
        "Lovelace",
        "Turing",
        "Hopper",
        "Torvalds",
        "Hamilton",
        "Ritchie",
        "Liskov",
        "Thompson",
        "Allen",
        "Dijkstra",
        "Perlman",
        "Berners-Lee",
        "Johnson",
        "McCarthy",
        "Lamarr",
        "Knuth",
        "Goldwasser",
        "Lamport",
        "Wilson",
        "Matsumoto",
        "Borg",
        "van Rossum",
        "Jackson",
        "Gosling",
        "Goldberg",
        "Stroustrup",
        "Bartik",
        "Wirth",
        "Clarke",
        "Cerf",
        "Jones",
        "Kernighan",
        "Conway",
        "Sutherland",
        "Meyer",
        "Okafor",
        "Garcia",
        "Sharma",
        "Mensah",
        "Larsen",
        "Wei",
        "Haddad",
        "Nilsson",
        "Tanaka",
        "Ramirez",
        "Aziz",
        "Petrova",
        "Khan",
        "Rossi",
        "Berg"
    };
    private static final String[] COMPANIES = {
        "Initech",
        "Globex",
        "Hooli",
        "Umbrella Labs",
        "Stark Industries",
        "Wayne Enterprises",
        "Acme Corp",
        "Vandelay Industries",
        "Pied Piper",
        "Soylent",
        "Tyrell Systems",
        "Cyberdyne",
        "Aperture Science",
        "Massive Dynamic",
        "Oscorp"
    };
    private static final String[] POSITIONS = {
        "Software Engineer",
        "Senior Software Engineer",
        "Staff Engineer",
        "Data Scientist",
        "Product Manager",
        "Product Designer",
        "Account Executive",
        "Sales Engineer",
        "Marketing Manager",
        "Recruiter",
        "Engineering Manager",
        "Site Reliability Engineer",
        "Financial Analyst"
    };
    private static final String[] SCHOOLS = {
        "MIT",
        "Stanford University",
        "ETH Zurich",
        "University of Cambridge",
        "TU Berlin",
        "University of Toronto",
        "Imperial College London",
        "UC Berkeley",
        "KTH Stockholm"
    };
    private static final String[] SKILLS = {
        "Java", "Kotlin", "Go", "Python", "TypeScript", "SQL", "Kubernetes", "Machine learning", "Negotiation", "Figma"
    };
    private static final String[][] JOB_TITLES = {
        {"Backend Engineer", "Engineering"},
        {"Frontend Engineer", "Engineering"},
        {"Site Reliability Engineer", "Platform"},
        {"Data Engineer", "Data"},
        {"Data Scientist", "Data"},
        {"Engineering Manager", "Product Engineering"},
        {"Account Executive", "US Sales"},
        {"Sales Development Representative", "EMEA Sales"},
        {"Product Designer", "Design"},
        {"Product Marketing Manager", "Marketing"},
        {"Technical Recruiter", "People"},
        {"Financial Analyst", "Finance"},
        {"Staff Platform Engineer", "Platform"},
        {"Solutions Engineer", "US Sales"}
    };
    private static final String[] LEVELS = {"", "Senior ", "Staff ", "Junior ", "Principal "};
    private static final String[] EMPLOYMENT_TYPES = {
        "FullTime", "FullTime", "FullTime", "FullTime", "PartTime", "Intern", "Contract", "Temporary"
    };
    private static final String[] NOTE_TEXTS = {
        "Strong communicator, follow up next week.",
        "Asked about the remote policy and equity refreshers.",
        "Referred by a former colleague on the team.",
        "Prefers a start date after the summer.",
        "Great portfolio; keep warm for design roles.",
        "Salary expectations are above band, discuss with hiring manager.",
        "Candidate withdrew from another process, now fully available."
    };

    private final SplittableRandom random;
    private final SandboxOrganisation org;
    private final int candidateCount;

    private final List<User> activeUsers = new ArrayList<>();
    private final List<User> recruiters = new ArrayList<>();
    private final List<Department> leafDepartments = new ArrayList<>();
    private final Map<String, Department> departmentsByName = new LinkedHashMap<>();
    private final List<Location> offices = new ArrayList<>();
    private final List<Source> activeSources = new ArrayList<>();
    private final List<ArchiveReason> activeReasons = new ArrayList<>();
    private final List<Tag> activeTags = new ArrayList<>();
    private final List<JobPlan> applicableJobs = new ArrayList<>();
    private final List<JobPlan> openJobs = new ArrayList<>();
    private final List<CustomFieldValue> fieldDefinitionList = new ArrayList<>();
    private FeedbackFormDefinition screenForm;
    private FeedbackFormDefinition technicalForm;
    private FeedbackFormDefinition onsiteForm;
    private FormDefinition applicationForm;
    private int applicationCount;
    private int offerCount;

    /** A job with its plan's stages (in order) and the interviews of its interview stages. */
    private record JobPlan(Job job, List<InterviewStage> stages, Map<String, Interview> interviews, UUID postingId) {

        InterviewStage stage(String type) {
            return stages.stream()
                    .filter(stage -> stage.type().equals(type))
                    .findFirst()
                    .orElseThrow();
        }
    }

    private SandboxDataGenerator(String name, long seed, int candidateCount, Clock clock) {
        this.random = new SplittableRandom(seed);
        this.candidateCount = candidateCount;
        this.org = new SandboxOrganisation(uuid(), name, clock);
        org.createdAt = BASE;
    }

    /** Generates the organisation called {@code name} from {@code seed} with that many candidates. */
    static SandboxOrganisation generate(String name, long seed, int candidates, Clock clock) {
        SandboxDataGenerator generator = new SandboxDataGenerator(name, seed, candidates, clock);
        generator.generate();
        return generator.org;
    }

    private void generate() {
        users();
        departments();
        locations();
        sources();
        archiveReasons();
        tags();
        customFields();
        forms();
        jobs();
        for (int i = 0; i < candidateCount; i++) {
            candidate(i);
        }
    }

    // ---- catalogues -------------------------------------------------------------------------

    private void users() {
        int count = Math.max(10, Math.min(400, candidateCount / 50));
        User admin = null;
        for (int i = 0; i < count; i++) {
            String role = i == 0
                    ? "Organization Admin"
                    : i % 4 == 1 ? "Elevated Access" : i % 11 == 7 ? "External Recruiter" : "Limited Access";
            String first = FIRST_NAMES[(i * 7) % FIRST_NAMES.length];
            String last = LAST_NAMES[(i * 13 + 5) % LAST_NAMES.length];
            boolean enabled = i % 9 != 8;
            User user = new User(
                    uuid(),
                    first,
                    last,
                    email(first, last, i, "crosswalk-sandbox.test"),
                    role,
                    enabled,
                    at(BASE.toEpochMilli() + i * HOUR),
                    admin != null ? admin.id() : null);
            org.users.put(user.id(), BASE.toEpochMilli() + i * HOUR, null, user, 1);
            if (i == 0) {
                admin = user;
                org.apiUser = user;
            }
            if (enabled) {
                activeUsers.add(user);
                if ("Elevated Access".equals(role)) {
                    recruiters.add(user);
                }
            }
        }
    }

    private void departments() {
        String[][] tree = {
            {"Engineering", null},
            {"Platform", "Engineering"},
            {"Product Engineering", "Engineering"},
            {"Data", "Engineering"},
            {"Sales", null},
            {"US Sales", "Sales"},
            {"EMEA Sales", "Sales"},
            {"Marketing", null},
            {"Design", null},
            {"People", null},
            {"Finance", null},
            {"Legacy Operations", null}
        };
        long time = BASE.toEpochMilli();
        for (String[] node : tree) {
            time += HOUR;
            Department parent = node[1] != null ? departmentsByName.get(node[1]) : null;
            boolean archived = node[0].startsWith("Legacy");
            Department department = new Department(
                    uuid(),
                    node[0],
                    null,
                    archived,
                    parent != null ? parent.id() : null,
                    at(time),
                    at(time + (archived ? 200 * DAY : 0)));
            departmentsByName.put(node[0], department);
            org.departments.put(department.id(), time, null, department, 1);
        }
        for (Department department : departmentsByName.values()) {
            boolean hasChildren = departmentsByName.values().stream()
                    .anyMatch(child -> department.id().equals(child.parentId()));
            if (!hasChildren && !department.isArchived()) {
                leafDepartments.add(department);
            }
        }
    }

    private void locations() {
        Location europe = location("Europe", null, false, "Remote", "LocationHierarchy", null, 1);
        Location northAmerica = location("North America", null, false, "Remote", "LocationHierarchy", null, 2);
        offices.add(location(
                "San Francisco",
                northAmerica,
                false,
                "OnSite",
                "Location",
                new PostalAddress("United States", "California", "San Francisco", "94105", "548 Market St"),
                3));
        offices.add(location(
                "New York",
                northAmerica,
                false,
                "Hybrid",
                "Location",
                new PostalAddress("United States", "New York", "New York", "10013", "80 Varick St"),
                4));
        offices.add(location(
                "Toronto",
                northAmerica,
                false,
                "Hybrid",
                "Location",
                new PostalAddress("Canada", "Ontario", "Toronto", "M5V 2T6", "220 King St W"),
                5));
        offices.add(location(
                "London",
                europe,
                false,
                "Hybrid",
                "Location",
                new PostalAddress("United Kingdom", "England", "London", "EC2A 4NE", "1 Finsbury Ave"),
                6));
        offices.add(location(
                "Berlin",
                europe,
                false,
                "OnSite",
                "Location",
                new PostalAddress("Germany", "Berlin", "Berlin", "10117", "Friedrichstrasse 68"),
                7));
        offices.add(location("Remote (US)", northAmerica, true, "Remote", "Location", null, 8));
        offices.add(location("Remote (EU)", europe, true, "Remote", "Location", null, 9));
        location(
                "Austin",
                northAmerica,
                false,
                "OnSite",
                "Location",
                new PostalAddress("United States", "Texas", "Austin", "78701", "600 Congress Ave"),
                10,
                true);
    }

    private Location location(
            String name,
            Location parent,
            boolean remote,
            String workplace,
            String type,
            PostalAddress address,
            int order) {
        return location(name, parent, remote, workplace, type, address, order, false);
    }

    private Location location(
            String name,
            Location parent,
            boolean remote,
            String workplace,
            String type,
            PostalAddress address,
            int order,
            boolean archived) {
        Location location = new Location(
                uuid(),
                name,
                name,
                archived,
                address != null ? new Address(address) : null,
                remote,
                workplace,
                parent != null ? parent.id() : null,
                type);
        org.locations.put(location.id(), BASE.toEpochMilli() + order * HOUR, null, location, 1);
        return location;
    }

    private void sources() {
        SourceType inbound = new SourceType(uuid(), "Inbound", false);
        SourceType referral = new SourceType(uuid(), "Referral", false);
        SourceType sourced = new SourceType(uuid(), "Sourced", false);
        SourceType agency = new SourceType(uuid(), "Agency", false);
        SourceType event = new SourceType(uuid(), "Event", false);
        Object[][] all = {
            {"Applied", inbound},
            {"Job board: Indeed", inbound},
            {"Referral", referral},
            {"LinkedIn", sourced},
            {"GitHub", sourced},
            {"Talent Partners Agency", agency},
            {"Career fair 2023", event}
        };
        int order = 0;
        for (Object[] entry : all) {
            boolean archived = ((String) entry[0]).endsWith("2023");
            Source source = new Source(uuid(), (String) entry[0], archived, (SourceType) entry[1]);
            org.sources.put(source.id(), BASE.toEpochMilli() + order++, null, source, 1);
            if (!archived) {
                activeSources.add(source);
            }
        }
    }

    private void archiveReasons() {
        String[][] all = {
            {"Lacks Skills/Qualifications", "RejectedByOrg"},
            {"Position filled", "RejectedByOrg"},
            {"Culture add not demonstrated", "RejectedByOrg"},
            {"Not interested", "RejectedByCandidate"},
            {"Compensation mismatch", "RejectedByCandidate"},
            {"Accepted another offer", "RejectedByCandidate"},
            {"Duplicate", "Other"},
            {"Timing (legacy)", "Other"}
        };
        int order = 0;
        for (String[] entry : all) {
            boolean archived = entry[0].contains("legacy");
            ArchiveReason reason = new ArchiveReason(uuid(), entry[0], entry[1], archived, List.of());
            org.archiveReasons.put(reason.id(), BASE.toEpochMilli() + order++, null, reason, 1);
            if (!archived) {
                activeReasons.add(reason);
            }
        }
    }

    private void tags() {
        String[] all = {
            "Top talent",
            "Silver medalist",
            "Referral bonus eligible",
            "Needs visa sponsorship",
            "Diversity outreach",
            "Boomerang",
            "Do not contact (legacy)"
        };
        int order = 0;
        for (String title : all) {
            boolean archived = title.contains("legacy");
            Tag tag = new Tag(uuid(), title, archived);
            org.tags.put(tag.id(), BASE.toEpochMilli() + order++, null, tag, 1);
            if (!archived) {
                activeTags.add(tag);
            }
        }
    }

    private void customFields() {
        for (String title : List.of("Years of experience", "Open to relocation", "Skills", "Desired salary")) {
            UUID id = uuid();
            fieldDefinitionList.add(new CustomFieldValue(id, false, title, null, null));
        }
    }

    private void forms() {
        screenForm = feedbackForm("Recruiter screen scorecard", false);
        technicalForm = feedbackForm("Technical interview scorecard", false);
        onsiteForm = feedbackForm("Onsite scorecard", true);
        List<SelectableValue> heardFrom = List.of(
                new SelectableValue("A friend", "friend"),
                new SelectableValue("LinkedIn", "linkedin"),
                new SelectableValue("A conference", "conference"));
        applicationForm = new FormDefinition(List.of(
                new FormSection(
                        "Your details",
                        List.of(
                                field(true, "String", "_systemfield_name", "Name", null),
                                field(true, "Email", "_systemfield_email", "Email", null),
                                field(false, "Phone", "_systemfield_phone", "Phone", null),
                                field(true, "File", "_systemfield_resume", "Resume", null),
                                field(false, "String", "linkedin_profile", "LinkedIn profile", null))),
                new FormSection(
                        "A few questions",
                        List.of(
                                field(
                                        true,
                                        "Boolean",
                                        "work_authorization",
                                        "Are you authorized to work in this country?",
                                        null),
                                field(false, "ValueSelect", "heard_from", "How did you hear about us?", heardFrom),
                                field(false, "LongText", "cover_letter", "Cover letter", null),
                                field(false, "Date", "earliest_start_date", "Earliest start date", null),
                                field(false, "Number", "years_of_experience", "Years of experience", null)))));
    }

    private FeedbackFormDefinition feedbackForm(String title, boolean isDefault) {
        List<SelectableValue> scores = List.of(
                new SelectableValue("Strong No Hire", "1"),
                new SelectableValue("No Hire", "2"),
                new SelectableValue("Hire", "3"),
                new SelectableValue("Strong Hire", "4"));
        FormDefinition definition = new FormDefinition(List.of(new FormSection(
                "Scorecard",
                List.of(
                        field(true, "ValueSelect", "overall_recommendation", "Overall recommendation", scores),
                        field(false, "LongText", "strengths", "Strengths", null),
                        field(false, "LongText", "concerns", "Concerns", null)))));
        FeedbackFormDefinition form =
                new FeedbackFormDefinition(uuid(), org.id, title, false, isDefault, definition, null);
        org.feedbackForms.put(form.id(), BASE.toEpochMilli(), null, form, 1);
        return form;
    }

    private FormFieldEntry field(
            boolean required, String type, String path, String title, List<SelectableValue> values) {
        return new FormFieldEntry(required, null, new FormField(uuid(), type, path, title, title, !required, values));
    }

    private void jobs() {
        int count = Math.max(8, Math.min(400, candidateCount / 40));
        String[] forcedStatus = {"Open", "Closed", "Archived", "Draft", "Open"};
        for (int i = 0; i < count; i++) {
            String status = i < forcedStatus.length
                    ? forcedStatus[i]
                    : weighted(new String[] {"Open", "Closed", "Archived", "Draft"}, new int[] {55, 25, 12, 8});
            boolean confidential = i % 5 == 4;
            String[] template = JOB_TITLES[i % JOB_TITLES.length];
            String title = (i < JOB_TITLES.length ? "" : LEVELS[random.nextInt(LEVELS.length)])
                    + template[0]
                    + (confidential ? " (Confidential)" : "");
            Department department = departmentsByName.getOrDefault(template[1], leafDepartments.get(0));
            Location office = offices.get(random.nextInt(offices.size()));
            long created = BASE.toEpochMilli() + 2 * DAY + i * (40 * DAY / count) + random.nextLong(HOUR);
            Instant openedAt = "Draft".equals(status) ? null : at(created + 3 * DAY);
            Instant closedAt = "Closed".equals(status) || "Archived".equals(status)
                    ? at(created + (200 + random.nextInt(300)) * DAY)
                    : null;
            User recruiter = recruiters.get(random.nextInt(recruiters.size()));
            User manager = activeUsers.get(random.nextInt(activeUsers.size()));
            List<HiringTeamMember> team = List.of(member(recruiter, "Recruiter"), member(manager, "Hiring Manager"));

            InterviewPlan plan = new InterviewPlan(
                    uuid(), title + " Interview Plan", "Archived".equals(status), at(created), at(created));
            org.interviewPlans.put(plan.id(), created, null, plan, 1);
            UUID jobId = uuid();
            List<InterviewStage> stages = stages(plan, created);
            Map<String, Interview> interviews = new LinkedHashMap<>();
            interviews.put("Recruiter Screen", interview("Recruiter screen", jobId, screenForm, false));
            interviews.put("Technical Interview", interview("Technical deep dive", jobId, technicalForm, false));
            interviews.put("Onsite", interview("Onsite: system design", jobId, onsiteForm, false));
            interviews.put("Onsite debrief", interview("Onsite debrief", jobId, onsiteForm, true));

            boolean posted = "Open".equals(status) || "Closed".equals(status);
            UUID postingId = posted ? uuid() : null;
            List<UUID> postingIds = new ArrayList<>();
            if (posted) {
                postingIds.add(postingId);
            }
            Job job = new Job(
                    jobId,
                    title,
                    confidential,
                    status,
                    EMPLOYMENT_TYPES[i % EMPLOYMENT_TYPES.length],
                    office.id(),
                    department.id(),
                    plan.id(),
                    List.of(plan.id()),
                    List.of(),
                    postingIds,
                    requisition(i),
                    team,
                    org.apiUser,
                    at(created),
                    closedAt != null ? closedAt : openedAt != null ? openedAt : at(created),
                    openedAt,
                    closedAt);
            if (posted) {
                posting(job, postingId, department, office, "Open".equals(status), created);
                if ("Open".equals(status) && i % 3 == 0) {
                    UUID secondId = uuid();
                    postingIds.add(secondId);
                    posting(job, secondId, department, offices.get((i + 1) % offices.size()), false, created);
                }
            }
            job = new Job(
                    job.id(),
                    job.title(),
                    job.confidential(),
                    job.status(),
                    job.employmentType(),
                    job.locationId(),
                    job.departmentId(),
                    job.defaultInterviewPlanId(),
                    job.interviewPlanIds(),
                    job.customFields(),
                    List.copyOf(postingIds),
                    job.customRequisitionId(),
                    job.hiringTeam(),
                    job.author(),
                    job.createdAt(),
                    job.updatedAt(),
                    job.openedAt(),
                    job.closedAt());
            org.jobs.put(job.id(), created, null, job, 1);
            JobPlan jobPlan = new JobPlan(job, stages, interviews, postingId);
            if (!"Draft".equals(status)) {
                applicableJobs.add(jobPlan);
            }
            if ("Open".equals(status) && !confidential) {
                openJobs.add(jobPlan);
            }
        }
    }

    /**
     * Every other job has a requisition id. The spec types it as a UUID (recorded jobs send null),
     * so the sandbox sends UUIDs rather than the free text some organisations use.
     */
    private String requisition(int index) {
        UUID id = uuid();
        return index % 2 == 0 ? id.toString() : null;
    }

    private List<InterviewStage> stages(InterviewPlan plan, long created) {
        String[][] all = {
            {"Lead", "Lead"},
            {"Application Review", "PreInterviewScreen"},
            {"Recruiter Screen", "Active"},
            {"Technical Interview", "Active"},
            {"Onsite", "Active"},
            {"Offer", "Offer"},
            {"Hired", "Hired"},
            {"Archived", "Archived"}
        };
        List<InterviewStage> stages = new ArrayList<>();
        for (int order = 0; order < all.length; order++) {
            InterviewStage stage = new InterviewStage(uuid(), all[order][0], all[order][1], order, null, plan.id());
            org.interviewStages.put(stage.id(), created + order, plan.id(), stage, 1);
            stages.add(stage);
        }
        return List.copyOf(stages);
    }

    private Interview interview(String title, UUID jobId, FeedbackFormDefinition form, boolean debrief) {
        return new Interview(
                uuid(),
                title,
                title,
                false,
                debrief,
                !debrief,
                !debrief,
                "Use the scorecard; focus on evidence, not impressions.",
                jobId,
                form.id());
    }

    private void posting(Job job, UUID id, Department department, Location office, boolean listed, long created) {
        Instant published = at(created + 4 * DAY);
        String plain = "Join us as " + job.title() + ". You will work with a small team on problems that matter.";
        CompensationComponent salary = new CompensationComponent(
                uuid(),
                "Salary",
                "1 YEAR",
                "USD",
                "Salary",
                90_000.0 + random.nextInt(10) * 10_000.0,
                150_000.0 + random.nextInt(10) * 10_000.0,
                "$90K – $240K");
        PostingCompensation compensation = new PostingCompensation(
                "$90K – $240K",
                List.of(salary),
                List.of(new CompensationTier(uuid(), "Standard", List.of(salary), "$90K – $240K")),
                listed);
        Map<String, Object> linkedData = new LinkedHashMap<>();
        linkedData.put("@context", "https://schema.org/");
        linkedData.put("@type", "JobPosting");
        linkedData.put("title", job.title());
        linkedData.put("datePosted", published.toString().substring(0, 10));
        JobPosting posting = new JobPosting(
                id,
                job.title(),
                plain,
                "<p>" + plain + "</p>",
                new DescriptionParts(null, new DescriptionPart("<p>" + plain + "</p>", plain), null),
                department.name(),
                department.name(),
                List.of(department.name()),
                job.id(),
                office.name(),
                new LocationIds(office.id(), List.of()),
                linkedData,
                published.toString().substring(0, 10),
                office.address(),
                office.isRemote(),
                office.workplaceType(),
                job.employmentType(),
                applicationForm,
                List.of(),
                listed,
                "https://jobs.ashbyhq.com/crosswalk-sandbox/" + id + "/application",
                compensation,
                published);
        org.jobPostings.put(id, created + 4 * DAY, job.id(), posting, 1);
    }

    // ---- candidates and everything hanging off them ---------------------------------------------

    private void candidate(int index) {
        UUID id = uuid();
        long span = END.toEpochMilli() - BASE.toEpochMilli() - 60 * DAY;
        long created = BASE.toEpochMilli()
                + 50 * DAY
                + (long) ((double) span * index / Math.max(1, candidateCount))
                + random.nextLong(DAY);
        String first = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)];
        String last = LAST_NAMES[random.nextInt(LAST_NAMES.length)];
        String name = first + " " + last;
        ContactInfo primaryEmail = new ContactInfo(email(first, last, index, "example.com"), "Personal", true);
        List<ContactInfo> emails = new ArrayList<>(List.of(primaryEmail));
        String company = COMPANIES[random.nextInt(COMPANIES.length)];
        if (random.nextInt(10) < 3) {
            emails.add(new ContactInfo(email(first, last, index, slug(company) + ".test"), "Work", false));
        }
        ContactInfo phone = random.nextInt(10) < 8
                ? new ContactInfo("+1415555" + (10_000 + index % 10_000 + "").substring(1), "Personal", true)
                : null;
        List<SocialLink> links = new ArrayList<>();
        String slug = slug(first) + "-" + slug(last) + "-" + index;
        if (random.nextInt(10) < 7) {
            links.add(new SocialLink("LinkedIn", "https://www.linkedin.com/in/" + slug));
        }
        if (random.nextInt(10) < 3) {
            links.add(new SocialLink("GitHub", "https://github.com/" + slug));
        }
        if (random.nextInt(10) == 0) {
            links.add(new SocialLink("Website", "https://" + slug + ".example.net"));
        }
        List<Tag> tags = new ArrayList<>();
        if (random.nextInt(10) < 4) {
            tags.add(activeTags.get(random.nextInt(activeTags.size())));
        }
        FileHandle resume = random.nextInt(100) < 85 ? file(first + "_" + last + "_Resume.pdf", id) : null;
        List<FileHandle> files = new ArrayList<>();
        if (resume != null) {
            files.add(resume);
        }
        if (random.nextInt(10) < 2) {
            files.add(file(random.nextBoolean() ? "Portfolio.pdf" : "Cover_letter.docx", id));
        }
        Source source = activeSources.get(random.nextInt(activeSources.size()));
        User creditedTo = random.nextInt(10) < 4 ? recruiters.get(random.nextInt(recruiters.size())) : null;
        Location home = offices.get(random.nextInt(offices.size()));
        CandidateLocation location = home.address() == null
                ? null
                : new CandidateLocation(
                        uuid(),
                        home.address().postalAddress().addressLocality() + ", "
                                + home.address().postalAddress().addressCountry(),
                        List.of(
                                new LocationComponent(
                                        "Country",
                                        home.address().postalAddress().addressCountry()),
                                new LocationComponent(
                                        "Region", home.address().postalAddress().addressRegion()),
                                new LocationComponent(
                                        "City", home.address().postalAddress().addressLocality())));

        int applicationsWanted = index < 3 ? 1 + index % 2 : weightedInt(new int[] {75, 20, 5}) + 1;
        List<UUID> applicationIds = new ArrayList<>();
        long lastTouch = created;
        List<JobPlan> used = new ArrayList<>();
        for (int a = 0; a < applicationsWanted && !applicableJobs.isEmpty(); a++) {
            JobPlan plan = applicationCount < 11
                    ? openJobs.get(applicationCount % openJobs.size())
                    : applicableJobs.get(random.nextInt(applicableJobs.size()));
            if (used.contains(plan)) {
                continue;
            }
            used.add(plan);
            long appliedAt = created + a * 20 * DAY + random.nextLong(HOUR);
            UUID applicationId = uuid();
            applicationIds.add(applicationId);
            lastTouch = Math.max(
                    lastTouch,
                    application(
                            applicationId,
                            appliedAt,
                            plan,
                            new AshbyObjects.CandidateSummary(id, name, primaryEmail, phone),
                            source,
                            creditedTo));
        }
        List<CustomFieldValue> customFields = candidateFields();
        Candidate candidate = new Candidate(
                id,
                at(created),
                at(Math.max(created, lastTouch)),
                name,
                primaryEmail,
                List.copyOf(emails),
                phone,
                phone != null ? List.of(phone) : List.of(),
                List.copyOf(links),
                List.copyOf(tags),
                POSITIONS[random.nextInt(POSITIONS.length)],
                company,
                SCHOOLS[random.nextInt(SCHOOLS.length)],
                List.copyOf(applicationIds),
                resume,
                List.copyOf(files),
                customFields,
                "https://app.ashbyhq.com/candidates/" + id,
                source,
                creditedTo,
                home.isRemote()
                        ? "UTC"
                        : home.address().postalAddress().addressCountry().startsWith("United S")
                                ? "America/Los_Angeles"
                                : "Europe/Berlin",
                location);
        org.candidates.put(id, created, null, candidate, 1);
        for (ContactInfo email : emails) {
            org.indexEmail(email.value(), id);
        }
        int noteCount = index == 0 ? 2 : weightedInt(new int[] {40, 35, 20, 5});
        for (int n = 0; n < noteCount; n++) {
            User author = activeUsers.get(random.nextInt(activeUsers.size()));
            long noteAt = created + (n + 1) * 2 * DAY + random.nextLong(HOUR);
            Note note = new Note(
                    uuid(),
                    at(noteAt),
                    random.nextInt(5) == 0,
                    NOTE_TEXTS[random.nextInt(NOTE_TEXTS.length)],
                    new NoteAuthor(author.id(), author.firstName(), author.lastName(), author.email()));
            org.notes.put(note.id(), noteAt, id, note, 1);
        }
    }

    private List<CustomFieldValue> candidateFields() {
        List<CustomFieldValue> values = new ArrayList<>(4);
        List<CustomFieldValue> definitions = fieldDefinitionList;
        if (random.nextInt(10) < 9) {
            values.add(value(definitions.get(0), random.nextInt(25), null));
        }
        if (random.nextInt(10) < 6) {
            values.add(value(definitions.get(1), random.nextBoolean(), null));
        }
        if (random.nextInt(10) < 5) {
            List<String> skills = List.of(SKILLS[random.nextInt(SKILLS.length)], SKILLS[random.nextInt(5) + 5]);
            values.add(value(definitions.get(2), skills, skills));
        }
        if (random.nextInt(10) < 3) {
            values.add(value(definitions.get(3), new Money(80_000 + random.nextInt(120) * 1_000, "USD"), null));
        }
        return List.copyOf(values);
    }

    private static CustomFieldValue value(CustomFieldValue definition, Object value, Object label) {
        return new CustomFieldValue(definition.id(), false, definition.title(), value, label);
    }

    /** Creates one application with its history, interviews, feedback and offer; returns its last change. */
    private long application(
            UUID id,
            long appliedAt,
            JobPlan plan,
            AshbyObjects.CandidateSummary candidate,
            Source source,
            User creditedTo) {
        int scenario = applicationCount++;
        Scenario s = scenario < Scenario.FORCED.length ? Scenario.FORCED[scenario] : randomScenario(plan.job());
        List<InterviewStage> stages = plan.stages();
        int reached = s.reachedStage;
        List<ApplicationHistoryEntry> history = new ArrayList<>();
        long time = appliedAt;
        int firstStage = s.lead ? 0 : 1;
        List<Long> entered = new ArrayList<>();
        for (int order = firstStage; order <= reached; order++) {
            entered.add(time);
            time += (2 + random.nextInt(9)) * DAY + random.nextLong(HOUR);
        }
        boolean archived = "Archived".equals(s.status);
        int finalStage = archived ? 7 : reached;
        List<Integer> path = new ArrayList<>();
        for (int order = firstStage; order <= reached; order++) {
            path.add(order);
        }
        if (archived) {
            path.add(7);
            entered.add(time);
        }
        for (int i = 0; i < path.size(); i++) {
            InterviewStage stage = stages.get(path.get(i));
            Long left = i + 1 < path.size() ? entered.get(i + 1) : null;
            history.add(new ApplicationHistoryEntry(
                    uuid(),
                    stage.id(),
                    stage.title(),
                    at(entered.get(i)),
                    left != null ? at(left) : null,
                    stage.orderInInterviewPlan(),
                    List.of("set_entered_at", "delete"),
                    recruiters.get(random.nextInt(recruiters.size())).id()));
        }
        long lastChange = entered.get(entered.size() - 1);
        ArchiveReason reason = archived
                ? s.reasonType != null
                        ? reasonOfType(s.reasonType)
                        : activeReasons.get(random.nextInt(activeReasons.size()))
                : null;
        Job job = plan.job();
        Application application = new Application(
                id,
                at(appliedAt),
                at(lastChange),
                s.status,
                List.of(),
                candidate,
                stages.get(finalStage),
                source,
                reason,
                archived ? at(lastChange) : null,
                job.summary(),
                creditedTo,
                job.hiringTeam(),
                "Applied".equals(source.title()) ? plan.postingId() : null,
                List.copyOf(history));
        org.applications.put(id, appliedAt, job.id(), application, 1);

        // Interviews for each interview stage the application went through (stages 2..4).
        for (int i = 0; i < path.size(); i++) {
            int order = path.get(i);
            if (order < 2 || order > 4) {
                continue;
            }
            boolean current = i == path.size() - 1 && !archived;
            boolean stageLeft = !current;
            String status = stageLeft
                    ? (archived && i == path.size() - 2 && random.nextBoolean() ? "Cancelled" : "Complete")
                    : s.scheduleStatus;
            lastChange = Math.max(
                    lastChange,
                    schedule(
                            id,
                            stages.get(order),
                            plan,
                            entered.get(i),
                            status,
                            history.get(i).id()));
        }
        if (s.offerStatus != null) {
            lastChange = Math.max(lastChange, offer(id, s, entered.get(Math.min(5 - firstStage, entered.size() - 1))));
        }
        return lastChange;
    }

    private long schedule(
            UUID applicationId, InterviewStage stage, JobPlan plan, long stageEntered, String status, UUID historyId) {
        UUID scheduleId = uuid();
        long created = stageEntered + HOUR;
        long start = created + (1 + random.nextInt(5)) * DAY;
        boolean onsite = "Onsite".equals(stage.title());
        List<InterviewEvent> events = new ArrayList<>();
        List<Interview> interviews = onsite
                ? List.of(plan.interviews().get("Onsite"), plan.interviews().get("Onsite debrief"))
                : List.of(plan.interviews().get(stage.title()));
        boolean done = "Complete".equals(status);
        boolean scheduled = done || "Scheduled".equals(status) || "WaitingOnFeedback".equals(status);
        for (int e = 0; e < interviews.size() && scheduled; e++) {
            Interview interview = interviews.get(e);
            User interviewer = activeUsers.get(random.nextInt(activeUsers.size()));
            long eventStart = start + e * 2 * HOUR;
            UUID eventId = uuid();
            boolean submitted = done && !interview.isDebrief();
            events.add(new InterviewEvent(
                    eventId,
                    interview.id(),
                    scheduleId,
                    List.of(interviewer.id()),
                    List.of(new Interviewer(
                            interviewer.id(),
                            interviewer.firstName(),
                            interviewer.lastName(),
                            interviewer.email(),
                            interviewer.globalRole(),
                            interviewer.isEnabled(),
                            interviewer.updatedAt(),
                            null,
                            null,
                            interview.isFeedbackRequired())),
                    at(created),
                    at(done ? eventStart + 2 * HOUR : created),
                    at(eventStart),
                    at(eventStart + HOUR),
                    "https://app.ashbyhq.com/interview-briefings/" + eventId + "/feedback",
                    onsite ? "Office, room " + (1 + random.nextInt(12)) : null,
                    onsite
                            ? null
                            : "https://meet.example.com/" + eventId.toString().substring(0, 8),
                    submitted,
                    interview));
            if (submitted) {
                feedback(applicationId, interview, eventId, interviewer, historyId, eventStart + 3 * HOUR);
            }
        }
        long updated = done ? start + 3 * HOUR : created;
        InterviewSchedule schedule = new InterviewSchedule(
                scheduleId,
                status,
                applicationId,
                stage.id(),
                recruiters.get(random.nextInt(recruiters.size())),
                at(created),
                at(updated),
                List.copyOf(events));
        org.interviewSchedules.put(scheduleId, created, applicationId, schedule, 1);
        return updated;
    }

    private void feedback(
            UUID applicationId, Interview interview, UUID eventId, User author, UUID historyId, long submittedAt) {
        FeedbackFormDefinition form = org.feedbackForms.get(interview.feedbackFormDefinitionId());
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("overall_recommendation", String.valueOf(1 + random.nextInt(4)));
        values.put("strengths", "Clear reasoning and good questions about the team.");
        if (random.nextBoolean()) {
            values.put("concerns", "Limited experience with large-scale systems.");
        }
        ApplicationFeedback feedback = new ApplicationFeedback(
                uuid(),
                form.formDefinition(),
                values,
                author,
                interview.id(),
                eventId,
                form.id(),
                historyId,
                applicationId,
                at(submittedAt));
        org.feedback.put(feedback.id(), submittedAt, applicationId, feedback, 1);
    }

    private long offer(UUID applicationId, Scenario s, long offerStageEntered) {
        offerCount++;
        long created = offerStageEntered + DAY;
        User author = recruiters.get(random.nextInt(recruiters.size()));
        String approval = switch (s.offerStatus) {
            case "WaitingOnApprovalStart", "WaitingOnApprovalDefinition" -> null;
            case "WaitingOnOfferApproval" -> "WaitingOnApprovals";
            default -> "Approved";
        };
        OfferVersion version = new OfferVersion(
                uuid(),
                at(created + 45 * DAY),
                new Salary("USD", 100_000 + random.nextInt(100) * 1_000),
                at(created),
                List.of(),
                List.of(file("Offer_letter.pdf", null)),
                author,
                approval);
        Instant decided =
                s.acceptance.equals("Accepted") || s.acceptance.equals("Declined") ? at(created + 4 * DAY) : null;
        Offer offer =
                new Offer(uuid(), decided, applicationId, s.acceptance, s.offerStatus, version, List.of(version), null);
        org.offers.put(offer.id(), created, applicationId, offer, 1);
        return decided != null ? decided.toEpochMilli() : created;
    }

    /** How far an application got and what hangs off it. */
    private record Scenario(
            String status,
            int reachedStage,
            boolean lead,
            String reasonType,
            String scheduleStatus,
            String offerStatus,
            String acceptance) {

        /** The first applications cover every application, schedule and offer status. */
        static final Scenario[] FORCED = {
            new Scenario("Active", 5, false, null, null, "WaitingOnApprovalStart", "Created"),
            new Scenario("Active", 5, false, null, null, "WaitingOnApprovalDefinition", "Created"),
            new Scenario("Active", 5, false, null, null, "WaitingOnOfferApproval", "Pending"),
            new Scenario("Active", 5, false, null, null, "WaitingOnCandidateResponse", "WaitingOnResponse"),
            new Scenario("Hired", 6, false, null, null, "CandidateAccepted", "Accepted"),
            new Scenario("Archived", 5, false, "RejectedByCandidate", null, "CandidateRejected", "Declined"),
            new Scenario("Archived", 5, false, "RejectedByOrg", null, "OfferCancelled", "Cancelled"),
            new Scenario("Lead", 0, true, null, null, null, null),
            new Scenario("Active", 3, false, null, "Scheduled", null, null),
            new Scenario("Active", 4, false, null, "WaitingOnFeedback", null, null),
            new Scenario("Active", 2, false, null, "NeedsScheduling", null, null)
        };
    }

    private Scenario randomScenario(Job job) {
        boolean closed = !"Open".equals(job.status());
        String status = closed
                ? weighted(new String[] {"Archived", "Hired"}, new int[] {88, 12})
                : weighted(new String[] {"Active", "Archived", "Hired", "Lead"}, new int[] {50, 35, 5, 10});
        switch (status) {
            case "Lead":
                return new Scenario("Lead", 0, true, null, null, null, null);
            case "Hired":
                return new Scenario("Hired", 6, false, null, null, "CandidateAccepted", "Accepted");
            case "Archived": {
                int reached = 1 + weightedInt(new int[] {45, 25, 15, 10, 5});
                boolean offerDeclined = reached == 5;
                return new Scenario(
                        "Archived",
                        reached,
                        false,
                        offerDeclined ? "RejectedByCandidate" : null,
                        null,
                        offerDeclined ? "CandidateRejected" : null,
                        offerDeclined ? "Declined" : null);
            }
            default: {
                int reached = 1 + weightedInt(new int[] {40, 25, 15, 12, 8});
                String schedule = weighted(
                        new String[] {
                            "Scheduled",
                            "WaitingOnFeedback",
                            "NeedsScheduling",
                            "WaitingOnCandidateAvailability",
                            "OnHold"
                        },
                        new int[] {40, 25, 20, 10, 5});
                String offer = reached == 5
                        ? weighted(
                                new String[] {
                                    "WaitingOnApprovalStart", "WaitingOnOfferApproval", "WaitingOnCandidateResponse"
                                },
                                new int[] {20, 30, 50})
                        : null;
                String acceptance = offer == null
                        ? null
                        : offer.equals("WaitingOnCandidateResponse") ? "WaitingOnResponse" : "Pending";
                return new Scenario("Active", reached, false, null, schedule, offer, acceptance);
            }
        }
    }

    private ArchiveReason reasonOfType(String type) {
        return activeReasons.stream()
                .filter(reason -> reason.reasonType().equals(type))
                .findFirst()
                .orElseThrow();
    }

    // ---- small helpers ---------------------------------------------------------------------------

    private FileHandle file(String name, UUID owner) {
        UUID id = uuid();
        String handle = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(("{\"handle\":{\"type\":\"CandidateFile\",\"fileImplId\":\"" + id + "\"}}")
                        .getBytes(StandardCharsets.UTF_8));
        FileHandle file = new FileHandle(id, name, handle);
        org.files.put(handle, new SandboxOrganisation.OwnedFile(file, owner));
        return file;
    }

    private static HiringTeamMember member(User user, String role) {
        return new HiringTeamMember(user.email(), user.firstName(), user.lastName(), role, user.id());
    }

    private static String email(String first, String last, int index, String domain) {
        return slug(first) + "." + slug(last) + index + "@" + domain;
    }

    /** Lower-case letters only; written out because it runs a few hundred thousand times. */
    private static String slug(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = Character.toLowerCase(name.charAt(i));
            if (c >= 'a' && c <= 'z') {
                out.append(c);
            }
        }
        return out.toString();
    }

    private String weighted(String[] values, int[] weights) {
        return values[weightedInt(weights)];
    }

    private int weightedInt(int[] weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int pick = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            pick -= weights[i];
            if (pick < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** A random (version 4) UUID drawn from the seeded random, so ids repeat with the seed. */
    private UUID uuid() {
        long most = (random.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L;
        long least = (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
        return new UUID(most, least);
    }

    private static Instant at(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis);
    }
}
