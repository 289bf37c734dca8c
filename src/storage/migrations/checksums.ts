/**
 * The SHA-256 of each migration's source file (line endings as LF), as it landed. A database records the
 * checksum of every migration it runs, and `oa db migrate`, `oa start` and `oa serve` refuse a database
 * whose recorded checksum differs from this list: the code that made its schema is not the code here.
 * `test/storage/migration-checksums.test.ts` recomputes every entry from the files, so an edited migration
 * fails the tests: fix forward with a new migration instead. A new migration adds its line here (the test
 * prints it).
 */
export const MIGRATION_CHECKSUMS: Readonly<Record<string, string>> = {
  '0001-programme-register': '577780c8a252f36e83281d7dca8d0aab9472a2085b95168badb26ed0968d6a93',
  '0002-people-and-access': '11d95e8fe7ae606003bd9ecc068de5ef0cd8d5fdee1d35c6531388ee05edae74',
  '0003-oidc-logins': '4c441e266ec2e60e33f924f08493fad1e67b2b2023ff54d10a992cece098aec2',
  '0004-public-data': '76485604fd9dbb46902dd00804d44d6b3ba285fea209452486b4d6f266c7af78',
  '0005-coordinate-sources': 'e70a68057989f8147e551e64fdc38c91c985c465d5be0bc3016db9da3c38f321',
  '0006-index-recipes': '1755ead080e807aa284e9aa35482d506eaaa5fb80046e6298abbb086a8bddd83',
  '0007-twinning': '664ae9fc4687a7a40b63a2b57cbb58210524bfb3cb22985b034e380b705b17ff',
  '0008-funding': 'dd0e6858132823f45c9c6e057729a03ca6c9635c6b3e29e9282afe6e6dea7c25',
  '0009-research-network': '51bc6977bb3397b717ab5e9d2d39803f51d2c1d915b60f5a3a0946a417bfdcc6',
  '0010-delivery-plans': 'e661ff5e851ca7dabdf05f22ad02c5bd681edd2478ef2f688b618f0432f51657',
  '0011-careers': 'c59ebb7902e83d69835591f7f36a784f266eec223f493313494c579de9b436b6',
  '0012-fund-terms': '9b7753858fdd0e3964cc93e240ebe9b8b19f2b83fc8cef02269629f6d32c43b4',
  '0013-hub-placements': 'd783ce15855cedc763216d8ee877d01de08169d4a924e09d0bef063fec4dfb59',
  '0014-school-trusts': '2b7399ce6939460b4523593f1e5f873be450969d2c1911a1168ea9b6a5dc60fb',
  '0015-ledger-by-pupil': '1a977106b182cec1f87a033de170957df7e12ec9c6a58e2406829451f3c73276',
  '0016-school-placement': '2bfeaddfb122e97546163a31fb1206b80cc9d7ba4c0facc6b9b2ff8af01ee1d0',
  '0017-indicator-evidence': 'a34b537531917b604da0c8e01375432ec303b38bbd2ee313d52c482a9e37aa92',
  '0022-pseudonym-key-fingerprint': 'a0ac849ad25ecf40fcffa0c3a7fc56340469bf64f4f407816f52bd2f97db21a0',
  '0023-pupils-held-elsewhere': 'e986dabfe2492fdfbfb7737f203be29cfefea134e3bb26c7133f609467eecf98',
  '0024-indicator-series': 'a087a600d199c7b61879d381465c529c52c041c77fa37155397e9a741d2bd97f',
  '0026-schools-by-name': '9ce9812ff6967dc9e71d88c6bb3904067bd6bf62bdd87498eea628fb8ac51645',
  '0027-hub-reach': 'e3dbe044e84b5ef424c8d067a018a0576cb0edef831b6b3242db3af4d4cd1c66',
  '0030-catch-up-tutoring': '2a1e9ed29b0a31bee9689243acfa082f05cf4c75238dec95263cddeca59b7a07',
  '0031-catch-up-targets': 'a1cc04a4292dc84da54201043f214d30b2fd6fe99547bb07fcf90cdae26443bd',
  '0035-holiday-activities': '4ccb3baab7a94770d06b0fcde5cb1e9e59fa10cc66c59aa3d560016f38f47b5d',
  '0037-catch-up-tallies': 'caf8da9e9362f5b767cbce50158edf69e34e36c4c82876075b785fd97fdf9614',
  '0038-user-names': 'b8391fe96977a7880bb1c333e9d8904a28f56a79f29a6244ffe0c7f472fb123e',
  '0039-audit-log-lookups': '5f35ca5379a952341927084ef89bda9b3836eada46ba4bfdf0dbbcaed5780aae',
};
