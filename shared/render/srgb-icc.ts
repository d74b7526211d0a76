/**
 * A minimal ICC v2 display profile for sRGB IEC 61966-2.1 (D50-adapted primaries, the sRGB tone
 * curve sampled at 1024 points), built in code so the PDF/A OutputIntent needs no binary file.
 */
export function srgbIccProfile(): Uint8Array {
  const s15 = (v: number) => Math.round(v * 65536);
  const tags: [string, Buffer][] = [];
  const text = (sig: string, s: string) => {
    const b = Buffer.alloc(8 + s.length + 1);
    b.write('text', 0, 'ascii');
    b.write(s, 8, 'ascii');
    tags.push([sig, b]);
  };
  const desc = (s: string) => {
    const b = Buffer.alloc(12 + s.length + 1 + 12 + 67 + 3);
    b.write('desc', 0, 'ascii');
    b.writeUInt32BE(s.length + 1, 8);
    b.write(s, 12, 'ascii');
    tags.push(['desc', b]);
  };
  const xyz = (sig: string, x: number, y: number, z: number) => {
    const b = Buffer.alloc(20);
    b.write('XYZ ', 0, 'ascii');
    b.writeInt32BE(s15(x), 8);
    b.writeInt32BE(s15(y), 12);
    b.writeInt32BE(s15(z), 16);
    tags.push([sig, b]);
  };
  const curve = Buffer.alloc(12 + 1024 * 2);
  curve.write('curv', 0, 'ascii');
  curve.writeUInt32BE(1024, 8);
  for (let i = 0; i < 1024; i++) {
    const v = i / 1023;
    const lin = v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    curve.writeUInt16BE(Math.round(lin * 65535), 12 + i * 2);
  }
  desc('sRGB IEC61966-2.1');
  text('cprt', 'No copyright, use freely');
  xyz('wtpt', 0.9642, 1.0, 0.8249);
  xyz('rXYZ', 0.4360747, 0.2225045, 0.0139322);
  xyz('gXYZ', 0.3850649, 0.7168786, 0.0971045);
  xyz('bXYZ', 0.1430804, 0.0606169, 0.7141733);
  tags.push(['rTRC', curve], ['gTRC', curve], ['bTRC', curve]);

  const tableSize = 4 + tags.length * 12;
  let offset = 128 + tableSize;
  const placed: { sig: string; at: number; data: Buffer }[] = [];
  const seen = new Map<Buffer, number>();
  const bodies: Buffer[] = [];
  for (const [sig, data] of tags) {
    let at = seen.get(data);
    if (at === undefined) {
      at = offset;
      seen.set(data, at);
      const padded = Buffer.alloc(Math.ceil(data.length / 4) * 4);
      data.copy(padded);
      bodies.push(padded);
      offset += padded.length;
    }
    placed.push({ sig, at, data });
  }
  const header = Buffer.alloc(128);
  header.writeUInt32BE(offset, 0);
  header.writeUInt32BE(0x02100000, 8); // version 2.1
  header.write('mntrRGB XYZ ', 12, 'ascii');
  header.writeUInt16BE(2024, 24);
  header.writeUInt16BE(1, 26);
  header.writeUInt16BE(1, 28);
  header.write('acsp', 36, 'ascii');
  header.writeInt32BE(s15(0.9642), 68);
  header.writeInt32BE(s15(1.0), 72);
  header.writeInt32BE(s15(0.8249), 76);
  const table = Buffer.alloc(tableSize);
  table.writeUInt32BE(tags.length, 0);
  placed.forEach((t, i) => {
    table.write(t.sig, 4 + i * 12, 'ascii');
    table.writeUInt32BE(t.at, 8 + i * 12);
    table.writeUInt32BE(t.data.length, 12 + i * 12);
  });
  return new Uint8Array(Buffer.concat([header, table, ...bodies]));
}
