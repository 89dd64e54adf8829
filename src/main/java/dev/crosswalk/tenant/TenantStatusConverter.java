package dev.crosswalk.tenant;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a tenant status by its API name ({@code needs_reauth}), the form the schema's check constraint names. */
@Converter
class TenantStatusConverter implements AttributeConverter<TenantStatus, String> {

    @Override
    public String convertToDatabaseColumn(TenantStatus status) {
        return status == null ? null : status.wireName();
    }

    @Override
    public TenantStatus convertToEntityAttribute(String value) {
        return value == null ? null : TenantStatus.fromWireName(value);
    }
}
