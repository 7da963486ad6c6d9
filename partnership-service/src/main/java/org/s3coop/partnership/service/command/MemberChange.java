package org.s3coop.partnership.service.command;

/**
 * Add a region to a partnership, or change a member: {@code role} as the client sent it ({@code lead} or
 * {@code partner}, any case; null keeps a member's role, and makes a new one a PARTNER), {@code contribution} replaces
 * the member's.
 */
public record MemberChange(String role, String contribution) {
}
