/**
 * How an existing case-management system (CMS) embeds the register through its ports: the CMS keeps
 * its own patient index and maps its patient ids to NHS numbers when it refers someone; its own
 * notifier turns the events of each successful command into CMS alerts; its users call the register
 * as {@link org.opendsr.core.access.Actor}s through {@link
 * org.opendsr.core.register.AccessControlledRegister}, which audits every call. Run {@link
 * org.opendsr.examples.embedding.CaseManagementSystemExample} to see it work.
 */
package org.opendsr.examples.embedding;
