import * as migration_20261123_185033_initial from './20261123_185033_initial';
import * as migration_20261123_205512_site_builds from './20261123_205512_site_builds';
import * as migration_20261202_111410_users_without_lockout from './20261202_111410_users_without_lockout';
import * as migration_20261203_070757_submissions from './20261203_070757_submissions';
import * as migration_20261203_073411_events from './20261203_073411_events';
import * as migration_20261203_080339_registrations from './20261203_080339_registrations';
import * as migration_20261203_105118_subscribers from './20261203_105118_subscribers';
import * as migration_20261203_111341_editions from './20261203_111341_editions';
import * as migration_20261203_111954_deliveries from './20261203_111954_deliveries';
import * as migration_20261203_140241_edition_content_id from './20261203_140241_edition_content_id';
import * as migration_20261203_142700_book_translator_language from './20261203_142700_book_translator_language';

export const migrations = [
  {
    up: migration_20261123_185033_initial.up,
    down: migration_20261123_185033_initial.down,
    name: '20261123_185033_initial',
  },
  {
    up: migration_20261123_205512_site_builds.up,
    down: migration_20261123_205512_site_builds.down,
    name: '20261123_205512_site_builds',
  },
  {
    up: migration_20261202_111410_users_without_lockout.up,
    down: migration_20261202_111410_users_without_lockout.down,
    name: '20261202_111410_users_without_lockout',
  },
  {
    up: migration_20261203_070757_submissions.up,
    down: migration_20261203_070757_submissions.down,
    name: '20261203_070757_submissions',
  },
  {
    up: migration_20261203_073411_events.up,
    down: migration_20261203_073411_events.down,
    name: '20261203_073411_events',
  },
  {
    up: migration_20261203_080339_registrations.up,
    down: migration_20261203_080339_registrations.down,
    name: '20261203_080339_registrations',
  },
  {
    up: migration_20261203_105118_subscribers.up,
    down: migration_20261203_105118_subscribers.down,
    name: '20261203_105118_subscribers',
  },
  {
    up: migration_20261203_111341_editions.up,
    down: migration_20261203_111341_editions.down,
    name: '20261203_111341_editions',
  },
  {
    up: migration_20261203_111954_deliveries.up,
    down: migration_20261203_111954_deliveries.down,
    name: '20261203_111954_deliveries',
  },
  {
    up: migration_20261203_140241_edition_content_id.up,
    down: migration_20261203_140241_edition_content_id.down,
    name: '20261203_140241_edition_content_id',
  },
  {
    up: migration_20261203_142700_book_translator_language.up,
    down: migration_20261203_142700_book_translator_language.down,
    name: '20261203_142700_book_translator_language'
  },
];
