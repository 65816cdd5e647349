import { z } from 'astro/zod';
import { TIME_ZONE } from '../lib/format.ts';
import { HELPLINE_PATTERN, SHORT_NUMBER_PATTERN } from '../lib/phone.ts';
import { httpsUrl, isoDate, localizedText, phone, slug } from './common.ts';

/** content/settings/contacts.yaml: how to reach the service, and the emergency numbers. */
export const contactsSchema = z.object({
  emergency: z
    .array(
      z.object({
        number: z
          .string()
          .regex(SHORT_NUMBER_PATTERN, 'An emergency number is 3 or 4 digits, e.g. "102".')
          .describe('Short number to dial.'),
        label: localizedText(2, 80).describe('What the number is for: "Police", "Ambulance".'),
      }),
    )
    .min(1)
    .describe('Emergency numbers shown at the top of every page, the most important first.'),
  service: z
    .object({
      name: localizedText(5, 200).describe('Full name of the service.'),
      address: localizedText(5, 200).describe('Postal address of the head office.'),
      phone: phone.describe('Main phone (duty desk).'),
      email: z.email().describe('Public e-mail address.'),
      hours: localizedText(5, 200).describe('Office hours.'),
    })
    .describe('The service itself.'),
  helplines: z
    .array(
      z.object({
        label: localizedText(2, 120).describe('Who answers: "Trust line", "eGov contact centre".'),
        number: z
          .string()
          .regex(HELPLINE_PATTERN, 'Write a short number or +7 XXX XXX XX XX.')
          .describe('Number to call.'),
      }),
    )
    .default([])
    .describe('Other useful lines.'),
});
export type ContactsData = z.infer<typeof contactsSchema>;

/** content/settings/fines.yaml: portals where fines are checked and paid online. */
export const finesSchema = z.object({
  portals: z
    .array(
      z.object({
        id: slug.describe('Short id of the portal.'),
        name: localizedText(2, 80).describe('Name of the portal or app.'),
        url: httpsUrl.describe('Address of the page where fines are checked or paid.'),
        needs: localizedText(5, 300).describe(
          'What a resident needs: IIN, car plate, certificate.',
        ),
        how: localizedText(10, 600).describe('Short how-to: the steps on that portal.'),
      }),
    )
    .min(1, 'List at least one portal.')
    .describe('Portals in the order they are shown; the first ones are the most used.'),
});
export type FinesData = z.infer<typeof finesSchema>;

/** content/settings/alert.yaml: a site-wide banner, off unless an editor turns it on. */
export const alertSchema = z
  .object({
    enabled: z.boolean().default(false).describe('Show the banner on every page.'),
    level: z
      .enum(['info', 'warning'], { message: 'Choose info or warning.' })
      .default('info')
      .describe('Info (blue) or warning (yellow).'),
    message: localizedText(0, 300).describe('The message, in each language.'),
    link: z
      .string()
      .regex(/^(\/|https:\/\/)/, 'Start the link with / (a page of this site) or https://')
      .optional()
      .describe('Optional link for more details.'),
    until: isoDate.optional().describe('Last day the banner is shown (YYYY-MM-DD), if any.'),
  })
  .refine((a) => !a.enabled || Object.values(a.message).every((m) => m.length >= 5), {
    message: 'An enabled banner needs its message in kk, ru and en.',
    path: ['message'],
  });
export type AlertData = z.infer<typeof alertSchema>;

/**
 * content/settings/calendar.yaml: the working-day calendar (see docs/domain.md,
 * "Working days"). Holidays and transferred days are data, corrected each year by decree.
 */
export const calendarSchema = z.object({
  timezone: z.literal(TIME_ZONE).describe('Time zone of the working hours.'),
  workingHours: z
    .object({
      start: z
        .string()
        .regex(/^\d{2}:\d{2}$/)
        .describe('Start of the working day, HH:MM.'),
      end: z
        .string()
        .regex(/^\d{2}:\d{2}$/)
        .describe('End of the working day, HH:MM.'),
    })
    .describe('Appeals received after the end count from the next working day.'),
  years: z
    .array(
      z.object({
        year: z.number().int().min(2020).max(2100),
        holidays: z
          .array(z.object({ date: isoDate, name: localizedText(2, 120) }))
          .describe('Public holidays (days off).'),
        daysOff: z
          .array(z.object({ date: isoDate, reason: z.string().min(3).max(200) }))
          .default([])
          .describe('Other weekdays off: a holiday moved from a weekend, a day moved by decree.'),
        workingWeekends: z
          .array(z.object({ date: isoDate, reason: z.string().min(3).max(200) }))
          .default([])
          .describe('Saturdays or Sundays that are working days by decree.'),
      }),
    )
    .min(1)
    .describe('One entry per year.'),
});

/** Where the quick exit leaves for when site.yaml names no page (docs/quick-exit.md). */
export const QUICK_EXIT_DEFAULT = 'https://www.gismeteo.kz/';
/** Hosts that would tell an onlooker what was read: the police's and the government's own. */
const NOT_NEUTRAL_HOST = /(^|\.)gov\.kz$|polic|politsi|polisi/i;
const neutralHost = (url: string) => {
  try {
    return !NOT_NEUTRAL_HOST.test(new URL(url).hostname);
  } catch {
    return true; // not an address at all: httpsUrl says so
  }
};

/** content/settings/site.yaml: site-wide switches. */
export const siteSchema = z.object({
  demo: z
    .boolean()
    .default(false)
    .describe('Shows a notice on every page that people, phones and news are invented.'),
  mapTiles: z
    .string()
    .trim()
    .regex(
      /^https:\/\/[^\s]*\{z\}[^\s]*\{x\}[^\s]*\{y\}/,
      'Write a tile address with {z}, {x} and {y}, starting with https://',
    )
    .optional()
    .describe(
      'Tiles of the interactive map, e.g. https://tile.example.kz/{z}/{x}/{y}.png (empty: the areas are drawn without a background map).',
    ),
  mapAttribution: z
    .string()
    .trim()
    .max(200)
    .optional()
    .describe('Credit line the tile provider requires, e.g. "© OpenStreetMap contributors".'),
  quickExit: httpsUrl
    .refine(
      neutralHost,
      'Choose a neutral site (a weather forecast, a news site), not a police or government one.',
    )
    .default(QUICK_EXIT_DEFAULT)
    .describe(
      'Neutral page the "Exit this page" button leaves for, e.g. a weather forecast: someone looking at the screen must not guess what was read.',
    ),
});
export type SiteData = z.infer<typeof siteSchema>;
