package dev.crosswalk.tenant;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Master-key rotation: at start-up, credentials still sealed with a previous master key (listed in
 * {@code CROSSWALK_VAULT_PREVIOUS_KEYS}) are re-encrypted with the current one. Once this has run
 * on one instance, the previous key can be removed from the configuration.
 */
@Component
class VaultKeyRotation implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(VaultKeyRotation.class);

    private final TenantCredentialRepository credentials;
    private final CredentialVault vault;
    private final MasterKey masterKey;
    private final Clock clock;

    VaultKeyRotation(TenantCredentialRepository credentials, CredentialVault vault, MasterKey masterKey, Clock clock) {
        this.credentials = credentials;
        this.vault = vault;
        this.masterKey = masterKey;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        int resealed = 0;
        for (TenantCredential credential : credentials.findByKeyIdNot(masterKey.currentId())) {
            if (masterKey.byId(credential.sealed().keyId()).isEmpty()) {
                log.error(
                        "Credential of tenant {} is sealed with master key {}, which is not configured; "
                                + "add it to CROSSWALK_VAULT_PREVIOUS_KEYS",
                        credential.tenantId(),
                        credential.sealed().keyId());
                continue;
            }
            Secret secret = vault.open(credential.tenantId(), credential.vendor(), credential.sealed());
            credential.reseal(
                    vault.seal(credential.tenantId(), credential.vendor(), secret),
                    credential.scopes(),
                    clock.instant());
            resealed++;
        }
        if (resealed > 0) {
            log.info("Re-encrypted {} credentials with the current master key {}", resealed, masterKey.currentId());
        }
    }
}
