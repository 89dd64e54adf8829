package dev.crosswalk.ashby.users;

/** The body of {@code user.info}, which takes {@code userId} rather than {@code id}. */
public record UserIdRequest(String userId) {}
