package dev.crosswalk.sandbox;

import dev.crosswalk.sandbox.AshbyObjects.Application;
import dev.crosswalk.sandbox.AshbyObjects.Candidate;
import dev.crosswalk.sandbox.AshbyObjects.Job;
import java.util.UUID;

/**
 * One authenticated call: the method, the key's settings and organisation, and the validated
 * request. Also answers what the key may see — keys barred from confidential jobs do not see those
 * jobs, their applications (with interviews, feedback and offers) or candidates who applied only to them.
 */
record SandboxCall(
        String method, SandboxProperties.Key key, SandboxKnobs knobs, SandboxOrganisation org, SandboxRequest request) {

    boolean seesJob(Job job) {
        return job != null && (key.confidentialJobs() || !job.confidential());
    }

    boolean seesJob(UUID jobId) {
        return key.confidentialJobs() || seesJob(org.jobs.get(jobId));
    }

    boolean seesApplication(UUID applicationId) {
        if (key.confidentialJobs()) {
            return true;
        }
        SandboxTable.Row<Application> row = org.applications.row(applicationId);
        return row != null && seesJob(row.group());
    }

    boolean seesCandidate(Candidate candidate) {
        if (key.confidentialJobs() || candidate.applicationIds().isEmpty()) {
            return true;
        }
        for (UUID applicationId : candidate.applicationIds()) {
            if (seesApplication(applicationId)) {
                return true;
            }
        }
        return false;
    }
}
