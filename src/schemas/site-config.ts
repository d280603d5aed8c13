import { z } from 'zod';
import { HEX_COLOUR } from '../lib/basics/contrast.ts';
import { OFFICE_COLOURS, THEME_COLOURS } from '../lib/basics/theme.ts';
import { allowed, fieldsObject } from './messages.ts';
import { daySchema } from './dates.ts';

/** What the statuses are, when an office does not say: the site's own reading, backed by quoted words. */
export const DEFAULT_STATUS_READING = "Statuses are this site's reading of each document; each shows the words it rests on.";


const text = (what: string) => z.string(allowed(what)).trim().min(1, allowed(what));
const colour = z.string(allowed('a colour written #rrggbb, e.g. #1d3b5c')).regex(HEX_COLOUR, allowed('a colour written #rrggbb, e.g. #1d3b5c'));

/**
 * The colours an office may set (the defaults are the theme's, src/lib/basics/theme.ts); every pair
 * they are used in is checked for WCAG 2.2 AA contrast by `npm run check` and the build.
 */
export const coloursSchema = fieldsObject(
  {
    /** The header's background; the focus colour needs 3:1 against it. */
    brand: colour.default(THEME_COLOURS[OFFICE_COLOURS.brand]),
    /** Text and links on the header; needs 4.5:1 against `brand`. */
    brandText: colour.default(THEME_COLOURS[OFFICE_COLOURS.brandText]),
    /** Links; needs 4.5:1 against the white page and the light grey footer. */
    link: colour.default(THEME_COLOURS[OFFICE_COLOURS.link]),
    /** Visited links; needs 4.5:1 against the white page and the light grey footer. */
    linkVisited: colour.default(THEME_COLOURS[OFFICE_COLOURS.linkVisited]),
    /** The background of whatever has keyboard focus; needs 4.5:1 against the near-black text and 3:1 against `brand`. */
    focus: colour.default(THEME_COLOURS[OFFICE_COLOURS.focus]),
  },
);

/** The office's logo, shown in the header beside the site title. */
export const logoSchema = fieldsObject(
  {
    /** The image file, relative to the configuration file: `.svg`, `.png`, `.jpg` or `.webp`. */
    src: text('an image file path, e.g. assets/logo.svg').regex(/\.(svg|png|jpe?g|webp)$/i, allowed('an .svg, .png, .jpg or .webp file, e.g. assets/logo.svg')),
    /** What the logo says, for people who cannot see it (usually the office's name). */
    alt: text('the text of the logo, e.g. the office name'),
  },
);

/** The shipped placeholders for the contact addresses: `npm run check` and the build warn while they are left in. */
export const PLACEHOLDER_CONTACT = { accessibility: 'accessibility@example.org', security: 'mailto:security@example.org' } as const;

/** Who the public writes to about the site. */
export const contactSchema = fieldsObject(
  {
    /** Where people ask for content in another format or report an accessibility problem: the accessibility statement gives it. */
    accessibility: z.email(allowed('an email address, e.g. accessibility@northshire-pcc.example')).default(PLACEHOLDER_CONTACT.accessibility),
    /** Where security problems are reported: `/.well-known/security.txt`'s Contact, a `mailto:` or `https://` address. */
    security: z.string(allowed('a mailto: or https:// address, e.g. mailto:security@northshire-pcc.example'))
      .regex(/^(mailto:[^\s@]+@[^\s@]+\.[^\s@]+|https:\/\/\S+)$/, allowed('a mailto: or https:// address, e.g. mailto:security@northshire-pcc.example'))
      .default(PLACEHOLDER_CONTACT.security),
    /** The last day `/.well-known/security.txt` is valid (its Expires), `YYYY-MM-DD`; without it, a year after the build. */
    securityExpires: daySchema.optional(),
  },
);

/**
 * The editor at /admin/ on the published site (docs/publishing.md, "On GitHub"): the GitHub
 * repository it reads and writes, and the sign-in helper that signs people in to GitHub.
 */
export const editorSchema = fieldsObject(
  {
    /** The repository on GitHub, `owner/name`; without it, the one the GitHub workflow builds (GITHUB_REPOSITORY). */
    repository: z.string(allowed('a GitHub repository written owner/name, e.g. northshire-pcc/responses'))
      .regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\/[A-Za-z0-9._-]+$/, allowed('a GitHub repository written owner/name, e.g. northshire-pcc/responses')).optional(),
    /** The branch the site is published from, which drafts are merged into. */
    branch: text('a branch name, e.g. main')
      .regex(/^(?!.*\.\.)[A-Za-z0-9](?:[A-Za-z0-9._/-]*[A-Za-z0-9])?$/, allowed('a branch name as GitHub shows it, without spaces, e.g. main')).default('main'),
    /** The sign-in helper's address; without it, Netlify's (https://api.netlify.com). */
    signInUrl: z.url({ protocol: /^https$/, ...allowed('a full https:// address, e.g. https://sign-in.northshire-pcc.example') }).optional(),
    /** With Netlify's sign-in for a site published elsewhere: the Netlify site that holds the GitHub sign-in settings. */
    netlifySite: z.string(allowed('a Netlify site\'s address without https://, e.g. northshire-responses.netlify.app'))
      .regex(/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/, allowed('a Netlify site\'s address without https://, e.g. northshire-responses.netlify.app')).optional(),
  },
);

/** The languages a site can be built in: English, and Welsh (`cy`) for the Welsh offices (docs/publishing.md, "A Welsh office"). */
export const SITE_LANGUAGES = ['en', 'cy'] as const;
const LANGUAGES_ALLOWED = 'a list of "en" and "cy", each at most once, e.g. ["en"] or ["en", "cy"]';

/**
 * The site's languages: English only, English with Welsh under `/cy/` (in either order), or Welsh
 * alone (at the root).
 */
export const languagesSchema = z.array(z.enum(SITE_LANGUAGES, allowed(LANGUAGES_ALLOWED)), allowed(LANGUAGES_ALLOWED))
  .min(1, allowed(LANGUAGES_ALLOWED))
  .refine((list) => new Set(list).size === list.length, allowed(LANGUAGES_ALLOWED))
  .meta({ title: 'Languages', description: 'The languages the site is published in: ["en"], ["en", "cy"] (the Welsh under /cy/) or ["cy"].' });

/** `site.config.json`: one office's settings for its own site. Every field is optional. */
export const siteConfigSchema = fieldsObject(
  {
    /** The site's name, in the header and every page title. */
    title: text('the site name as text').default('Responses to police inspections'),
    /** The office that publishes the site, named in the footer: "Office of the Police and Crime Commissioner for Northshire". */
    officeName: text('the office name as text').optional(),
    /** The office's logo. */
    logo: logoSchema.optional(),
    /** The site's colours, as CSS custom properties. */
    colours: coloursSchema.default(coloursSchema.parse({})),
    /** The path the site is served under: `/`, or a sub-path such as `/responses/`. */
    base: z.string(allowed('a path that starts and ends with /, e.g. / or /responses/'))
      .regex(/^\/(?:[A-Za-z0-9._~-]+\/)*$/, allowed('a path that starts and ends with /, e.g. / or /responses/'))
      .default('/'),
    /** The site's address, for permanent links in the data files: `https://…`. */
    siteUrl: z.url({ protocol: /^https$/, ...allowed('a full https:// address, e.g. https://www.northshire-pcc.example/') }).optional(),
    /** Show only this force's documents: a force id from content/forces.yaml. */
    force: z.string(allowed('a force id from content/forces.yaml, e.g. northshire')).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, allowed('a force id from content/forces.yaml, e.g. northshire')).optional(),
    /** With `force`: whether inspection pages also show other forces' documents, for comparison. */
    compareWithOtherForces: z.boolean(allowed('true or false')).default(false),
    /**
     * Whose reading the statuses are, in one sentence shown once on every page that shows
     * statuses: an office publishing its own responses states its own statuses, so it says so here.
     */
    statusReading: text('one sentence as text, e.g. "Statuses are this office\'s own reading of each document."').default(DEFAULT_STATUS_READING),
    /** Who the public writes to: the accessibility statement's address and security.txt's Contact. */
    contact: contactSchema.default(contactSchema.parse({})),
    /** The editor at /admin/ on the published site: its GitHub repository and sign-in. */
    editor: editorSchema.optional(),
    /** The languages the site is published in: `["en"]`, `["en", "cy"]` (the Welsh pages under `/cy/`) or `["cy"]`. */
    languages: languagesSchema.default(['en']),
  },
);

export type SiteConfig = z.infer<typeof siteConfigSchema>;
export type Colours = z.infer<typeof coloursSchema>;
export type Contact = z.infer<typeof contactSchema>;
export type EditorSettings = z.infer<typeof editorSchema>;
