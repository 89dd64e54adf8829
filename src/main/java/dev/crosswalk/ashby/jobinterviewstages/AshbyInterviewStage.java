package dev.crosswalk.ashby.jobinterviewstages;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A stage of an interview plan as {@code interviewStage.list} and {@code interviewStage.info}
 * return it; {@code type} is Ashby's stage type (Lead, PreInterviewScreen, Active, Offer, ...).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AshbyInterviewStage(
        String id,
        String title,
        String type,
        Integer orderInInterviewPlan,
        String interviewStageGroupId,
        String interviewPlanId) {}
