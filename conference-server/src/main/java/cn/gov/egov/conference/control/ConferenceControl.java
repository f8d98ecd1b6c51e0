package cn.gov.egov.conference.control;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import cn.gov.egov.conference.control.AuditRecord.Outcome;

/**
 * The conference control (会控) of one occurrence of a live conference, as a state machine. The signalling layer
 * tells it who joins and leaves, calls {@link #tick()} every second, and passes on the actions of controllers; each
 * accepted call answers a new immutable {@link ControlState} with the {@link Effect}s to apply and an
 * {@link AuditRecord}; each refused one throws {@link ControlDeniedException} (no authority, see
 * {@link ControlAuthority}) or {@link ControlRejectedException} (not valid now), both carrying the audit record.
 * Thread-safe: calls are serialised. See docs/control.md.
 */
public final class ConferenceControl {

    private enum Scope { WHOLE, VENUE, SELF }

    /** What an action is aimed at: a present venue, or (readmit) a banned identity. */
    private record Target(String id, String regionCode, VenueState venue) {
    }

    @FunctionalInterface
    private interface Change {
        void apply(Draft d, Target target, Instant now);
    }

    private final ControlSetup setup;
    private final ControlAuthority authority;
    private final Rules rules;
    private final Clock clock;
    private ControlState state;

    public ConferenceControl(ControlSetup setup, RegionScope regions, Clock clock) {
        this.setup = setup;
        this.authority = new ControlAuthority(setup.chairUsername(), setup.organiserRegion(), regions);
        this.rules = new Rules(authority);
        this.clock = clock;
        this.state = ControlState.initial(setup.conferenceId(),
                setup.mainRoomId() == null ? null : Venue.roomIdentity(setup.mainRoomId()), clock.instant());
    }

    public synchronized ControlState state() {
        return state;
    }

    public ControlAuthority authority() {
        return authority;
    }

    // --- joins, leaves and time

    /**
     * A venue joined. Refused (with an audit record) when the conference ended, the participant id is already in,
     * its identity was removed, or the conference is locked and the venue is neither one of the conference's rooms,
     * the chair or an invitee, nor a venue that was in before (reconnecting).
     */
    public synchronized ControlResult venueJoined(Venue venue) {
        Instant now = clock.instant();
        ControlState before = state;
        String identity = venue.identity();
        boolean known = before.venues().stream().anyMatch(v -> v.venue().identity().equals(identity))
                || before.departed().stream().anyMatch(x -> x.identity().equals(identity));
        ControlRejectedException refusal = before.ended() ? Rules.reject("ended", "会议已结束")
                : before.venue(venue.participantId()).isPresent()
                        ? Rules.reject("duplicate-participant", "该参会连接已在会议中")
                : before.ban(identity).isPresent() ? Rules.reject("banned", "您已被移出本次会议，不能重新入会")
                : before.locked() && !known && !setup.expected(venue) ? Rules.reject("locked", "会议已锁定，不能加入")
                : null;
        if (refusal != null) {
            throw refusal.withAudit(new AuditRecord(now, setup.conferenceId(), identity, venue.kind().name(),
                    venue.regionCode(), null, ControlAction.JOIN, venue.participantId(), venue.regionCode(),
                    Outcome.REJECTED, refusal.code()));
        }
        Draft d = Draft.of(before);
        rules.join(d, venue, before.revision() + 1, now);
        return commit(before, d, now, null);
    }

    /** A venue left (or was disconnected); a participant not in the conference is ignored. */
    public synchronized ControlResult venueLeft(String participantId) {
        Instant now = clock.instant();
        ControlState before = state;
        Draft d = Draft.of(before);
        before.venue(participantId).ifPresent(v -> rules.depart(d, v, now));
        return commit(before, d, now, null);
    }

    /** Moves polling on by the clock; call it every second. */
    public synchronized ControlResult tick() {
        Instant now = clock.instant();
        ControlState before = state;
        Draft d = Draft.of(before);
        PollingRules.tick(d, now);
        return commit(before, d, now, null);
    }

    // --- actions

    /** Carries out a parsed command: the same as calling its method. */
    public ControlResult apply(Controller by, ControlCommand command) {
        return command.applyTo(this, by);
    }

    public ControlResult designateMain(Controller by, String venue) {
        return act(by, ControlAction.DESIGNATE_MAIN, venue, Scope.WHOLE,
                (d, t, now) -> rules.designateMain(d, t.venue(), now));
    }

    public ControlResult broadcast(Controller by, String venue) {
        return act(by, ControlAction.BROADCAST, venue, Scope.VENUE, (d, t, now) -> rules.broadcast(d, t.venue()));
    }

    /** Needs authority over the venue being broadcast. */
    public synchronized ControlResult cancelBroadcast(Controller by) {
        return act(by, ControlAction.CANCEL_BROADCAST, state.broadcast(), Scope.VENUE,
                (d, t, now) -> rules.cancelBroadcast(d));
    }

    public ControlResult rollCall(Controller by, String venue) {
        return act(by, ControlAction.ROLL_CALL, venue, Scope.WHOLE, (d, t, now) -> rules.rollCall(d, t.venue(), now));
    }

    public ControlResult endRollCall(Controller by) {
        return act(by, ControlAction.END_ROLL_CALL, null, Scope.WHOLE, (d, t, now) -> rules.endRollCall(d));
    }

    public ControlResult startPolling(Controller by, int intervalSeconds, PollingTarget target) {
        return act(by, ControlAction.START_POLLING, null, Scope.WHOLE,
                (d, t, now) -> PollingRules.start(d, intervalSeconds, target, now));
    }

    public ControlResult stopPolling(Controller by) {
        return act(by, ControlAction.STOP_POLLING, null, Scope.WHOLE, (d, t, now) -> PollingRules.stop(d));
    }

    /** Mutes every venue, and those joining until {@link #unmuteAll}, but the main venue and/or one speaker. */
    public ControlResult muteAll(Controller by, boolean exceptMain, String exceptVenue) {
        return act(by, ControlAction.MUTE_ALL, null, Scope.WHOLE, (d, t, now) -> rules.muteAll(d, exceptMain,
                exceptVenue == null ? null : present(state, exceptVenue), now));
    }

    public ControlResult unmuteAll(Controller by) {
        return act(by, ControlAction.UNMUTE_ALL, null, Scope.WHOLE, (d, t, now) -> rules.unmuteAll(d));
    }

    public ControlResult mute(Controller by, String venue) {
        return act(by, ControlAction.MUTE, venue, Scope.VENUE, (d, t, now) -> d.put(t.venue().withAudioMuted(true)));
    }

    public ControlResult unmute(Controller by, String venue) {
        return act(by, ControlAction.UNMUTE, venue, Scope.VENUE,
                (d, t, now) -> d.put(t.venue().withAudioMuted(false)));
    }

    /** Only the venue itself may raise its hand; raising a raised hand keeps the first time. */
    public ControlResult raiseHand(Controller by, String venue) {
        return act(by, ControlAction.RAISE_HAND, venue, Scope.SELF,
                (d, t, now) -> d.put(t.venue().withHand(t.venue().handRaised() ? t.venue().handRaisedAt() : now)));
    }

    public ControlResult lowerHand(Controller by, String venue) {
        return act(by, ControlAction.LOWER_HAND, venue, Scope.SELF, (d, t, now) -> d.put(t.venue().withHand(null)));
    }

    /** Gives the floor: lowers the hand, unmutes the venue and broadcasts it. */
    public ControlResult grantHand(Controller by, String venue) {
        return act(by, ControlAction.GRANT_HAND, venue, Scope.VENUE, (d, t, now) -> rules.grantHand(d, t.venue()));
    }

    public ControlResult refuseHand(Controller by, String venue) {
        return act(by, ControlAction.REFUSE_HAND, venue, Scope.VENUE, (d, t, now) -> rules.refuseHand(d, t.venue()));
    }

    public ControlResult cameraOff(Controller by, String venue) {
        return act(by, ControlAction.CAMERA_OFF, venue, Scope.VENUE, (d, t, now) -> d.put(t.venue().withVideoOff(true)));
    }

    public ControlResult cameraOn(Controller by, String venue) {
        return act(by, ControlAction.CAMERA_ON, venue, Scope.VENUE,
                (d, t, now) -> d.put(t.venue().withVideoOff(false)));
    }

    /** Disconnects the venue and bans its identity for this occurrence. */
    public ControlResult remove(Controller by, String venue) {
        return act(by, ControlAction.REMOVE, venue, Scope.VENUE,
                (d, t, now) -> rules.remove(d, t.venue(), by.name(), now));
    }

    /** Lets a removed identity ({@code room:<uuid>} or {@code user:<name>}) join again. */
    public ControlResult readmit(Controller by, String identity) {
        return act(by, ControlAction.READMIT, identity, Scope.VENUE, (d, t, now) -> rules.readmit(d, t.id()));
    }

    public ControlResult lock(Controller by) {
        return act(by, ControlAction.LOCK, null, Scope.WHOLE, (d, t, now) -> d.locked = true);
    }

    public ControlResult unlock(Controller by) {
        return act(by, ControlAction.UNLOCK, null, Scope.WHOLE, (d, t, now) -> d.locked = false);
    }

    public ControlResult end(Controller by) {
        return act(by, ControlAction.END, null, Scope.WHOLE, (d, t, now) -> rules.end(d));
    }

    public ControlResult thinLink(Controller by, String venue, ThinLink mode) {
        return act(by, ControlAction.THIN_LINK, venue, Scope.VENUE, (d, t, now) -> rules.thinLink(d, t.venue(), mode));
    }

    // --- the one way every action goes

    private synchronized ControlResult act(Controller by, ControlAction action, String targetId, Scope scope,
                                           Change change) {
        Objects.requireNonNull(by, "controller");
        Instant now = clock.instant();
        ControlState before = state;
        Target target = null;
        try {
            if (scope != Scope.SELF && !authority.controlsAnything(by)) {
                throw new ControlDeniedException("not-a-controller", "您没有会议控制权限");
            }
            if (before.ended()) {
                throw Rules.reject("ended", "会议已结束");
            }
            if (targetId == null && scope != Scope.WHOLE && action != ControlAction.CANCEL_BROADCAST) {
                throw Rules.reject("unknown-venue", "请选择会场");
            }
            target = targetId == null ? null : resolve(before, action, targetId);
            requireScope(by, scope, target);
            Draft d = Draft.of(before);
            change.apply(d, target, now);
            return commit(before, d, now, audit(by, action, targetId, target, Outcome.ALLOWED, null, now));
        } catch (ControlException e) {
            Outcome outcome = e instanceof ControlDeniedException ? Outcome.DENIED : Outcome.REJECTED;
            throw e.withAudit(audit(by, action, targetId, target, outcome, e.code(), now));
        }
    }

    private static Target resolve(ControlState s, ControlAction action, String id) {
        if (action == ControlAction.READMIT) {
            return s.ban(id).map(b -> new Target(id, b.regionCode(), null))
                    .orElseThrow(() -> Rules.reject("not-banned", "该会场没有被移出会议"));
        }
        VenueState v = present(s, id);
        return new Target(id, v.venue().regionCode(), v);
    }

    private static VenueState present(ControlState s, String id) {
        return s.venue(id).orElseThrow(() -> Rules.reject("unknown-venue", "会场不在会议中：" + id));
    }

    private void requireScope(Controller by, Scope scope, Target target) {
        switch (scope) {
            case WHOLE -> {
                if (!authority.controlsAll(by)) {
                    throw new ControlDeniedException("whole-conference", "只有主持人或上级管理员可以控制整个会议");
                }
            }
            case VENUE -> {
                if (target != null && !authority.controls(by, target.regionCode())) {
                    throw new ControlDeniedException("outside-region", "该会场不在您管辖的区域内");
                }
            }
            case SELF -> {
                if (!authority.isSelf(by, target.venue().venue())) {
                    throw new ControlDeniedException("not-self", "只能为本会场举手或放下手");
                }
            }
        }
    }

    private ControlResult commit(ControlState before, Draft d, Instant now, AuditRecord audit) {
        ControlState after = d.build(now);
        state = after;
        return new ControlResult(after, Effects.between(before, after), Optional.ofNullable(audit));
    }

    private AuditRecord audit(Controller by, ControlAction action, String targetId, Target target, Outcome outcome,
                              String reason, Instant now) {
        String byRegion = by instanceof Controller.Terminal(String id)
                ? state.venue(id).map(v -> v.venue().regionCode()).orElse(null) : null;
        return AuditRecord.of(now, setup.conferenceId(), by, byRegion, action, targetId,
                target == null ? null : target.regionCode(), outcome, reason);
    }
}
