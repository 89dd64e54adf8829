package dev.crosswalk.ashby.tags;

import dev.crosswalk.unified.tags.Tag;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Ashby candidate tag → unified tag. {@code remoteData} is the tag as received, or null. */
@Mapper
public interface TagMapper {

    @Mapping(target = "name", source = "tag.title")
    @Mapping(target = "archived", source = "tag.isArchived")
    @Mapping(target = "remoteData", source = "remoteData")
    Tag toTag(AshbyCandidateTag tag, Object remoteData);
}
