package dev.crosswalk.ashby.offices;

import dev.crosswalk.ashby.offices.AshbyLocation.PostalAddress;
import dev.crosswalk.unified.Reference;
import dev.crosswalk.unified.offices.Office;
import java.util.ArrayList;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;

/** Ashby location → unified office: the postal address both structured and as one line. */
@Mapper
public interface OfficeMapper {

    @Mapping(target = "location", source = "location", qualifiedByName = "summary")
    @Mapping(target = "address", source = "location", qualifiedByName = "address")
    @Mapping(target = "isRemote", source = "location", qualifiedByName = "isRemote")
    @Mapping(target = "parent", source = "location.parentLocationId", qualifiedByName = "parent")
    @Mapping(target = "remoteData", source = "remoteData")
    Office toOffice(AshbyLocation location, Object remoteData);

    @Named("address")
    default Office.Address address(AshbyLocation location) {
        PostalAddress postal = postal(location);
        return postal == null
                ? null
                : new Office.Address(
                        postal.streetAddress(),
                        postal.addressLocality(),
                        postal.addressRegion(),
                        postal.postalCode(),
                        postal.addressCountry());
    }

    /** "street, city, region postal code, country", leaving out what is missing; null without any part. */
    @Named("summary")
    default String summary(AshbyLocation location) {
        PostalAddress postal = postal(location);
        if (postal == null) {
            return null;
        }
        String regionAndCode = String.join(" ", present(postal.addressRegion(), postal.postalCode()));
        List<String> parts =
                present(postal.streetAddress(), postal.addressLocality(), regionAndCode, postal.addressCountry());
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    /** Ashby's workplace type decides; older objects only carry the {@code isRemote} flag. */
    @Named("isRemote")
    default boolean isRemote(AshbyLocation location) {
        return location.workplaceType() != null
                ? "Remote".equals(location.workplaceType())
                : Boolean.TRUE.equals(location.isRemote());
    }

    @Named("parent")
    default Reference parent(String parentId) {
        return parentId == null ? null : new Reference(parentId);
    }

    private static PostalAddress postal(AshbyLocation location) {
        return location.address() == null ? null : location.address().postalAddress();
    }

    private static List<String> present(String... values) {
        List<String> present = new ArrayList<>();
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                present.add(value.trim());
            }
        }
        return present;
    }
}
