import * as migration_20261123_185033_initial from './20261123_185033_initial';
import * as migration_20261123_205512_site_builds from './20261123_205512_site_builds';

export const migrations = [
  {
    up: migration_20261123_185033_initial.up,
    down: migration_20261123_185033_initial.down,
    name: '20261123_185033_initial',
  },
  {
    up: migration_20261123_205512_site_builds.up,
    down: migration_20261123_205512_site_builds.down,
    name: '20261123_205512_site_builds'
  },
];
