package dev.crosswalk.tenant;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Whether a tenant's requests are served. {@code needs_reauth} is set when the ATS rejects its key. */
public enum TenantStatus {
    ACTIVE,
    DISABLED,
    NEEDS_REAUTH;

    public static TenantStatus fromWireName(String value) {
        for (TenantStatus status : values()) {
            if (status.wireName().equals(value)) {
                return status;
            }
        }
        throw new IllegalArgumentException(value);
    }

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
