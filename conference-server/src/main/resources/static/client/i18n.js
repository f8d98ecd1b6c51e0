// Chinese first, English second. The language is chosen with ?lang=en or the switch on the page, and remembered.
const TEXTS = {
  zh: {
    title: '视频会议', join: '进入会议', leave: '离开会议', mute: '静音', unmute: '取消静音',
    cameraOff: '关闭摄像头', cameraOn: '开启摄像头', share: '共享屏幕', stopShare: '停止共享',
    tiles: '平铺布局', speaker: '演讲者布局', participants: '参会方', camera: '摄像头', microphone: '麦克风',
    preview: '入会前预览', connecting: '正在连接…', reconnecting: '网络中断，正在重新连接…', joined: '已入会',
    disconnected: '连接已断开', noTicket: '缺少入会凭证，请从门户的会议详情页点击“进入会议”。', you: '我',
    main: '主会场', room: '会议室', desktop: '桌面', raiseHand: '举手发言', lowerHand: '放下手',
    nextConference: '下一场会议', noConference: '今日暂无会议', startsIn: '距开始', joiningSoon: '即将自动入会',
    inProgress: '会议进行中', enterToken: '请输入本会议室的终端令牌（仅需一次）', save: '保存',
    badToken: '终端令牌无效或已被吊销，请联系管理员重新签发', ended: '会议已结束', language: 'English',
    noDevices: '未找到摄像头或麦克风，仍可入会观看', forceMuted: '您已被主持人静音', removed: '您已被移出会议',
    hours: '小时', minutes: '分', seconds: '秒',
  },
  en: {
    title: 'Video conference', join: 'Join', leave: 'Leave', mute: 'Mute', unmute: 'Unmute',
    cameraOff: 'Camera off', cameraOn: 'Camera on', share: 'Share screen', stopShare: 'Stop sharing',
    tiles: 'Tiles', speaker: 'Speaker', participants: 'Participants', camera: 'Camera', microphone: 'Microphone',
    preview: 'Preview before joining', connecting: 'Connecting…', reconnecting: 'Connection lost, reconnecting…',
    joined: 'Joined', disconnected: 'Disconnected', noTicket: 'No join ticket: open the conference in the portal and '
      + 'press “Join”.', you: 'Me', main: 'Main venue', room: 'Room', desktop: 'Desktop', raiseHand: 'Raise hand',
    lowerHand: 'Lower hand', nextConference: 'Next conference', noConference: 'No conference today',
    startsIn: 'Starts in', joiningSoon: 'Joining automatically', inProgress: 'In progress',
    enterToken: 'Enter this room\'s terminal token (once)', save: 'Save',
    badToken: 'The terminal token is invalid or revoked: ask an administrator for a new one', ended: 'Ended',
    language: '中文', noDevices: 'No camera or microphone found; you can still join and watch',
    forceMuted: 'The chair muted you', removed: 'You were removed from the conference',
    hours: 'h', minutes: 'min', seconds: 's',
  },
};

export function language() {
  const asked = new URLSearchParams(location.search).get('lang');
  if (asked === 'en' || asked === 'zh') localStorage.setItem('lang', asked);
  return localStorage.getItem('lang') === 'en' ? 'en' : 'zh';
}

export function t(key) {
  return TEXTS[language()][key] || key;
}

export function toggleLanguage() {
  localStorage.setItem('lang', language() === 'en' ? 'zh' : 'en');
  location.reload();
}

/** Fills every element with data-t="key" with its text. */
export function translatePage() {
  document.documentElement.lang = language() === 'en' ? 'en' : 'zh-CN';
  document.querySelectorAll('[data-t]').forEach((el) => { el.textContent = t(el.dataset.t); });
}
