package dev.crosswalk.unified.users;

/** The user list filters: deactivated users are left out unless asked for, as in the ATS. */
public record UserFilter(boolean includeDisabled) {}
