package cn.gov.egov.conference.conference;

/** 会议 (a meeting) or 培训 (a training session, whose attendance later earns learning hours). */
public enum ConferenceKind { MEETING, TRAINING }
