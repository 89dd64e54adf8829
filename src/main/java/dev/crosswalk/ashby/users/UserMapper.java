package dev.crosswalk.ashby.users;

import dev.crosswalk.ashby.CustomFieldMapper;
import dev.crosswalk.unified.users.User;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.mapstruct.InjectionStrategy;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import org.mapstruct.NullValueMappingStrategy;

/**
 * Ashby user → unified user. {@code access_role} is Ashby's {@code globalRole} as is (an open
 * value), {@code disabled} the negation of {@code isEnabled}. {@code remoteData} is the user as
 * received, or null.
 */
@Mapper(
        uses = CustomFieldMapper.class,
        injectionStrategy = InjectionStrategy.CONSTRUCTOR,
        nullValueIterableMappingStrategy = NullValueMappingStrategy.RETURN_DEFAULT)
public interface UserMapper {

    @Mapping(target = "name", source = "user", qualifiedByName = "fullName")
    @Mapping(target = "emails", source = "user.email", qualifiedByName = "emails")
    @Mapping(target = "disabled", source = "user.isEnabled", qualifiedByName = "disabled")
    @Mapping(target = "accessRole", source = "user.globalRole")
    @Mapping(target = "remoteData", source = "remoteData")
    User toUser(AshbyUser user, Object remoteData);

    @Named("fullName")
    default String fullName(AshbyUser user) {
        String name = Stream.of(user.firstName(), user.lastName())
                .filter(Objects::nonNull)
                .map(String::trim)
                .filter(part -> !part.isEmpty())
                .collect(Collectors.joining(" "));
        return name.isEmpty() ? null : name;
    }

    /** Ashby keeps one address per user, which is therefore the primary one. */
    @Named("emails")
    default List<User.Email> emails(String email) {
        return email == null || email.isBlank() ? List.of() : List.of(new User.Email(email.trim(), true));
    }

    @Named("disabled")
    default Boolean disabled(Boolean isEnabled) {
        return isEnabled == null ? null : !isEnabled;
    }
}
