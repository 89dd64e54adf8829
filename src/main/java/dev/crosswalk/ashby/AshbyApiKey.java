package dev.crosswalk.ashby;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** What {@code apiKey.info} says about the calling key: its name and permission scopes. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AshbyApiKey(String title, List<String> scopes) {}
