/**
 * The e-mails Netlify Identity sends to press staff (invitation, confirmation, password
 * recovery, e-mail change), in Kazakh and Russian. Built to /admin/emails/<name>.html;
 * Identity → Emails takes those paths (docs/cms.md). Their links open /admin/, where the
 * Identity widget accepts the token. `{{ .SiteURL }}`, `{{ .Token }}` and `{{ .NewEmail }}`
 * are filled in by Identity.
 */
interface Text {
  heading: string;
  text: string;
  link: string;
}

export const IDENTITY_EMAILS = {
  invitation: {
    token: 'invite_token',
    kk: {
      heading: 'Сізді MPS Almaty сайтының редакторы болуға шақырды',
      text: 'Құпиясөзді орнатып, CMS-ке кіру үшін сілтемені ашыңыз:',
      link: 'Шақыруды қабылдау',
    },
    ru: {
      heading: 'Вас пригласили редактором сайта MPS Almaty',
      text: 'Откройте ссылку, чтобы задать пароль и войти в CMS:',
      link: 'Принять приглашение',
    },
  },
  confirmation: {
    token: 'confirmation_token',
    kk: {
      heading: 'Электрондық поштаңызды растаңыз',
      text: 'MPS Almaty сайтының CMS-ін пайдалану үшін мекенжайыңызды растаңыз:',
      link: 'Мекенжайды растау',
    },
    ru: {
      heading: 'Подтвердите адрес электронной почты',
      text: 'Подтвердите адрес, чтобы работать в CMS сайта MPS Almaty:',
      link: 'Подтвердить адрес',
    },
  },
  recovery: {
    token: 'recovery_token',
    kk: {
      heading: 'Құпиясөзді қалпына келтіру',
      text: 'MPS Almaty сайтының CMS-і үшін жаңа құпиясөз орнату сұралды. Егер сіз сұрамасаңыз, хатқа жауап бермеңіз.',
      link: 'Жаңа құпиясөз орнату',
    },
    ru: {
      heading: 'Восстановление пароля',
      text: 'Запрошен новый пароль для CMS сайта MPS Almaty. Если вы его не запрашивали, ничего не делайте.',
      link: 'Задать новый пароль',
    },
  },
  'email-change': {
    token: 'email_change_token',
    kk: {
      heading: 'Жаңа электрондық пошта мекенжайын растаңыз',
      text: 'MPS Almaty сайтының CMS-індегі мекенжайыңыз {{ .NewEmail }} болып өзгереді:',
      link: 'Өзгерісті растау',
    },
    ru: {
      heading: 'Подтвердите новый адрес электронной почты',
      text: 'Ваш адрес в CMS сайта MPS Almaty меняется на {{ .NewEmail }}:',
      link: 'Подтвердить смену адреса',
    },
  },
} as const satisfies Record<string, { token: string; kk: Text; ru: Text }>;

export type IdentityEmail = keyof typeof IDENTITY_EMAILS;

/** The HTML of one e-mail: Kazakh first, then Russian. */
export function identityEmail(name: IdentityEmail): string {
  const { token, kk, ru } = IDENTITY_EMAILS[name];
  const href = `{{ .SiteURL }}/admin/#${token}={{ .Token }}`;
  const part = (t: Text, heading: 'h1' | 'h2') =>
    `<${heading}>${t.heading}</${heading}>\n<p>${t.text}</p>\n<p><a href="${href}">${t.link}</a></p>`;
  return `<!doctype html>
<html lang="kk">
<head><meta charset="utf-8"><title>MPS Almaty — CMS</title></head>
<body>
${part(kk, 'h1')}
<hr>
<div lang="ru">
${part(ru, 'h2')}
</div>
</body>
</html>
`;
}
