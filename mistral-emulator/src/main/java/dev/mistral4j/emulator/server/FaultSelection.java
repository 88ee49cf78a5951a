package dev.mistral4j.emulator.server;

/**
 * Takes the request's fault before anything waits, so faults drawn at a rate follow the order requests arrive in.
 * A latency fault is served here, as an extra delay; the others travel with the call.
 */
final class FaultSelection implements Stage {

    private final FaultSource faults;

    FaultSelection(FaultSource faults) {
        this.faults = faults;
    }

    @Override
    public void handle(Call call, Runnable next) {
        FaultPlan fault = faults.next(call.path()).orElse(null);
        if (fault != null && fault.kind() == FaultPlan.Kind.LATENCY) {
            Latency.sleep(fault.delay());
            fault = null;
        }
        call.fault(fault);
        next.run();
    }
}
