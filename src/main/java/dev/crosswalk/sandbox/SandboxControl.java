package dev.crosswalk.sandbox;

import java.util.NoSuchElementException;

/**
 * What tests and benchmarks may change while the sandbox runs: the knobs of a key (latency, rate
 * limit, failures, hangs, expiring cursors) and a reset to the generated state. A bean only when
 * the sandbox is enabled.
 */
public final class SandboxControl {

    private final SandboxTenants tenants;

    SandboxControl(SandboxTenants tenants) {
        this.tenants = tenants;
    }

    /** The knobs the key currently has. */
    public SandboxKnobs knobs(String apiKey) {
        return tenant(apiKey).knobs.get();
    }

    /** Replaces the key's knobs from the next request on. */
    public void setKnobs(String apiKey, SandboxKnobs knobs) {
        tenant(apiKey).knobs.set(knobs != null ? knobs : SandboxKnobs.NONE);
    }

    /** Back to the configured knobs and freshly generated organisations (writes are forgotten). */
    public void reset() {
        tenants.reset();
    }

    /** Generates the key's organisation now rather than on its first call; returns its candidate count. */
    public int warmUp(String apiKey) {
        return tenants.organisation(tenant(apiKey)).candidates.size();
    }

    private SandboxTenants.Tenant tenant(String apiKey) {
        SandboxTenants.Tenant tenant = tenants.find(apiKey);
        if (tenant == null) {
            throw new NoSuchElementException("No sandbox key is configured under that name");
        }
        return tenant;
    }
}
