package dev.crosswalk.ashby.rejectreasons;

import dev.crosswalk.unified.rejectreasons.RejectReason;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Ashby archive reason → unified reject reason; {@code reasonType} passes through raw. */
@Mapper
public interface RejectReasonMapper {

    @Mapping(target = "name", source = "reason.text")
    @Mapping(target = "type", source = "reason.reasonType")
    @Mapping(target = "archived", source = "reason.isArchived", defaultValue = "false")
    @Mapping(target = "remoteData", source = "remoteData")
    RejectReason toRejectReason(AshbyArchiveReason reason, Object remoteData);
}
