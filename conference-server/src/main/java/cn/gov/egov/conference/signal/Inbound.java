package cn.gov.egov.conference.signal;

import java.util.UUID;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A message from a client (protocol version 1, docs/signalling.md), checked field by field. */
sealed interface Inbound {

    record Join(UUID conferenceId, String ticket, String roomToken) implements Inbound {
    }

    record Answer(int version, String sdp) implements Inbound {
    }

    record Control(JsonNode command) implements Inbound {
    }

    record Media(boolean audio, boolean video, boolean screen) implements Inbound {
    }

    record Leave() implements Inbound {
    }

    record BridgeLost() implements Inbound {
    }

    record Ping() implements Inbound {
    }

    /** Parses one message, or throws {@link BadMessageException} saying what is wrong. */
    static Inbound parse(String text, JsonMapper json) {
        JsonNode node;
        try {
            node = json.readTree(text);
        } catch (JacksonException e) {
            throw new BadMessageException("not JSON");
        }
        if (node == null || !node.isObject()) {
            throw new BadMessageException("a message must be a JSON object");
        }
        String type = text(node, "type", 20, true);
        return switch (type) {
            case "join" -> {
                int v = node.path("v").asInt(-1);
                if (v != 1) {
                    throw new BadMessageException("unsupported protocol version " + node.path("v") + "; this server "
                            + "speaks 1");
                }
                String conference = text(node, "conferenceId", 36, false);
                String ticket = text(node, "ticket", 4096, false);
                String room = text(node, "roomToken", 100, false);
                if ((ticket == null) == (room == null)) {
                    throw new BadMessageException("join needs exactly one of ticket or roomToken");
                }
                yield new Join(conference == null ? null : uuid(conference), ticket, room);
            }
            case "answer" -> {
                JsonNode version = node.get("version");
                if (version == null || !version.isInt()) {
                    throw new BadMessageException("answer needs an integer version");
                }
                yield new Answer(version.asInt(), text(node, "sdp", Integer.MAX_VALUE, true));
            }
            case "control" -> {
                JsonNode command = node.get("command");
                if (command == null || !command.isObject()) {
                    throw new BadMessageException("control needs a command object");
                }
                yield new Control(command);
            }
            case "media" -> new Media(bool(node, "audio"), bool(node, "video"), bool(node, "screen"));
            case "leave" -> new Leave();
            case "bridge-lost" -> new BridgeLost();
            case "ping" -> new Ping();
            default -> throw new BadMessageException("unknown message type " + type);
        };
    }

    private static String text(JsonNode node, String field, int max, boolean required) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                throw new BadMessageException("missing " + field);
            }
            return null;
        }
        if (!v.isString()) {
            throw new BadMessageException(field + " must be a string");
        }
        String s = v.asString();
        if (s.length() > max) {
            throw new BadMessageException(field + " is longer than " + max + " characters");
        }
        return s;
    }

    private static boolean bool(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isBoolean()) {
            throw new BadMessageException(field + " must be true or false");
        }
        return v.asBoolean();
    }

    private static UUID uuid(String s) {
        try {
            return UUID.fromString(s);
        } catch (IllegalArgumentException e) {
            throw new BadMessageException("conferenceId is not a UUID");
        }
    }

    /** A message we cannot take; the connection stays open. */
    final class BadMessageException extends RuntimeException {
        BadMessageException(String message) {
            super(message);
        }
    }
}
