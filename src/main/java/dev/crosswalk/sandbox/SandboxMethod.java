package dev.crosswalk.sandbox;

/**
 * One Ashby RPC method of the sandbox: its name (e.g. {@code candidate.list}), the scope a key
 * needs for it (e.g. {@code candidates:read}) and what it does. The handler returns the body to
 * send, or throws {@link SandboxFailure}.
 */
record SandboxMethod(String name, String scope, Handler handler) {

    @FunctionalInterface
    interface Handler {
        Object handle(SandboxCall call);
    }
}
