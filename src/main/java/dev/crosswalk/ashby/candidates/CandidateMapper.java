package dev.crosswalk.ashby.candidates;

import dev.crosswalk.ashby.AshbyCustomField;
import dev.crosswalk.ashby.AshbyValues;
import dev.crosswalk.ashby.candidates.AshbyCandidate.ContactInfo;
import dev.crosswalk.ashby.candidates.AshbyCandidate.SocialLink;
import dev.crosswalk.unified.CustomField;
import dev.crosswalk.unified.NamedReference;
import dev.crosswalk.unified.Reference;
import dev.crosswalk.unified.candidates.Candidate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import org.mapstruct.NullValueMappingStrategy;

/**
 * Ashby candidate → unified candidate. The non-trivial bits are small named helpers; anything else
 * is a rename. {@code remoteData} is the object as received, or null when the client did not ask for it.
 */
@Mapper(nullValueIterableMappingStrategy = NullValueMappingStrategy.RETURN_DEFAULT)
public interface CandidateMapper {

    @Mapping(target = "firstName", source = "candidate.name", qualifiedByName = "firstName")
    @Mapping(target = "lastName", source = "candidate.name", qualifiedByName = "lastName")
    @Mapping(target = "title", source = "candidate.position")
    @Mapping(target = "emails", source = "candidate", qualifiedByName = "emails")
    @Mapping(target = "phones", source = "candidate", qualifiedByName = "phones")
    @Mapping(target = "urls", source = "candidate", qualifiedByName = "urls")
    @Mapping(target = "locations", source = "candidate", qualifiedByName = "locations")
    @Mapping(target = "applications", source = "candidate.applicationIds")
    @Mapping(target = "attachments", source = "candidate", qualifiedByName = "attachments")
    @Mapping(target = "remoteData", source = "remoteData")
    Candidate toCandidate(AshbyCandidate candidate, Object remoteData);

    @Mapping(target = "name", source = "title")
    NamedReference tag(AshbyCandidate.Tag tag);

    @Mapping(target = "name", source = "title")
    NamedReference source(AshbyCandidate.Source source);

    @Mapping(target = "name", source = "title")
    CustomField customField(AshbyCustomField field);

    default Reference application(String id) {
        return new Reference(id);
    }

    /** Ashby keeps one {@code name}: the first word is the first name, the rest the last name. */
    @Named("firstName")
    default String firstName(String name) {
        String[] parts = AshbyValues.nameParts(name);
        return parts.length == 0 ? null : parts[0];
    }

    @Named("lastName")
    default String lastName(String name) {
        String[] parts = AshbyValues.nameParts(name);
        return parts.length < 2 ? null : parts[1];
    }

    /**
     * The primary address first and flagged, then the others once each. Only the primary one is
     * {@code is_primary}, whatever the list items claim (recorded orgs flag several).
     */
    @Named("emails")
    default List<Candidate.Email> emails(AshbyCandidate candidate) {
        return contacts(candidate.primaryEmailAddress(), candidate.emailAddresses()).entrySet().stream()
                .map(entry -> new Candidate.Email(
                        entry.getKey(),
                        contactType(entry.getValue().type()),
                        entry.getValue() == candidate.primaryEmailAddress()
                                || candidate.primaryEmailAddress() == null
                                        && Boolean.TRUE.equals(entry.getValue().isPrimary())))
                .toList();
    }

    @Named("phones")
    default List<Candidate.Phone> phones(AshbyCandidate candidate) {
        return contacts(candidate.primaryPhoneNumber(), candidate.phoneNumbers()).entrySet().stream()
                .map(entry -> new Candidate.Phone(
                        entry.getKey(), contactType(entry.getValue().type())))
                .toList();
    }

    /** Social links, then the candidate's page in Ashby itself. */
    @Named("urls")
    default List<Candidate.Url> urls(AshbyCandidate candidate) {
        List<Candidate.Url> urls = new ArrayList<>();
        for (SocialLink link : orEmpty(candidate.socialLinks())) {
            if (link != null && link.url() != null) {
                urls.add(new Candidate.Url(link.url(), linkType(link.type())));
            }
        }
        if (candidate.profileUrl() != null) {
            urls.add(new Candidate.Url(candidate.profileUrl(), "ats_profile"));
        }
        return List.copyOf(urls);
    }

    /** 2026 responses call it {@code location}, older ones {@code primaryLocation}. */
    @Named("locations")
    default List<String> locations(AshbyCandidate candidate) {
        AshbyCandidate.Location location =
                candidate.location() != null ? candidate.location() : candidate.primaryLocation();
        return location == null || location.locationSummary() == null ? List.of() : List.of(location.locationSummary());
    }

    /** Every file once: the resume usually appears in {@code fileHandles} too. */
    @Named("attachments")
    default List<Candidate.Attachment> attachments(AshbyCandidate candidate) {
        return CandidateFiles.of(candidate).stream()
                .map(file -> new Candidate.Attachment(file.id(), file.name()))
                .toList();
    }

    /** Documented values in lower case; anything Ashby adds later passes through raw. */
    private static String contactType(String type) {
        if (type == null) {
            return null;
        }
        return switch (type) {
            case "Personal", "Work", "Other" -> type.toLowerCase(Locale.ROOT);
            default -> type;
        };
    }

    private static String linkType(String type) {
        if (type == null) {
            return null;
        }
        return switch (type) {
            case "LinkedIn", "GitHub", "Twitter", "Medium", "StackOverflow", "YouTube", "CodePen", "Website" ->
                type.toLowerCase(Locale.ROOT);
            default -> type;
        };
    }

    private static Map<String, ContactInfo> contacts(ContactInfo primary, List<ContactInfo> others) {
        Map<String, ContactInfo> byValue = new LinkedHashMap<>();
        Stream.concat(Stream.ofNullable(primary), orEmpty(others).stream())
                .filter(Objects::nonNull)
                .filter(contact -> contact.value() != null && !contact.value().isBlank())
                .forEach(contact -> byValue.putIfAbsent(contact.value(), contact));
        return byValue;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
