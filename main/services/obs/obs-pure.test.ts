import { describe, expect, it } from 'vitest';
import { connectError, isSupportedVersion } from './obs-errors';
import { AudioMeter } from './obs-health';
import { countdownText } from './overlay/overlay-product';
import { obsColour, pickTextKind, textSettings } from './overlay/overlay-template';

describe('OBS connection errors', () => {
  it('maps obs-websocket close codes to what the owner can act on', () => {
    expect(connectError({ code: 4009, message: 'Authentication failed.' }, 'ws://x').code).toBe(
      'OBS_AUTH_FAILED',
    );
    expect(connectError({ code: 4010, message: 'unsupported rpc' }, 'ws://x').code).toBe(
      'OBS_VERSION_UNSUPPORTED',
    );
    expect(connectError({ code: -1, message: 'ECONNREFUSED' }, 'ws://x').code).toBe('OBS_NOT_RUNNING');
    expect(connectError(new Error('socket hang up'), 'ws://x').code).toBe('OBS_NOT_RUNNING');
  });

  it('accepts obs-websocket 5 and refuses 4', () => {
    expect(isSupportedVersion('5.1.0')).toBe(true);
    expect(isSupportedVersion('5.0.0')).toBe(true);
    expect(isSupportedVersion('6.0')).toBe(true);
    expect(isSupportedVersion('4.9.1')).toBe(false);
    expect(isSupportedVersion('garbage')).toBe(false);
  });
});

describe('overlay settings', () => {
  it('turns #RRGGBB and #AARRGGBB into OBS ABGR', () => {
    expect(obsColour('#ff0000')).toBe(0xff0000ff);
    expect(obsColour('#800000ff')).toBe(0x80ff0000);
  });

  it('uses GDI+ text on Windows and FreeType elsewhere, with each one’s colour fields', () => {
    expect(pickTextKind(['image_source', 'text_gdiplus_v2', 'text_ft2_source_v2'])).toBe('text_gdiplus_v2');
    expect(pickTextKind(['text_ft2_source_v2'])).toBe('text_ft2_source_v2');
    expect(() => pickTextKind(['image_source'])).toThrow(
      expect.objectContaining({ code: 'OBS_UNAVAILABLE' }),
    );
    expect(textSettings('text_gdiplus_v2', 'Microsoft YaHei', 30, '#80ffffff', 'a')).toMatchObject({
      color: 0xffffff,
      opacity: 50,
    });
    expect(textSettings('text_ft2_source_v2', 'WenQuanYi Micro Hei', 30, '#ffffff', 'a')).toMatchObject({
      color1: 0xffffffff,
    });
  });

  it('counts down in minutes and seconds, past an hour with hours, never below zero', () => {
    expect(countdownText('限时', 65_000, 0)).toBe('限时 01:05');
    expect(countdownText('限时', 3_725_000, 0)).toBe('限时 1:02:05');
    expect(countdownText('限时', 1_000, 5_000)).toBe('限时 00:00');
    expect(countdownText('', 500, 0)).toBe('00:01');
  });
});

describe('audio meter', () => {
  const inputs = [
    {
      inputName: 'Mic',
      inputLevelsMul: [
        [0.1, 0.5, 0.5],
        [0.2, 0.25, 0.3],
      ],
    },
    { inputName: 'Music', inputLevelsMul: [[0, 0, 0]] },
  ];

  it('reads the loudest channel of the chosen input in dBFS, silence as -100', () => {
    const meter = new AudioMeter(0);
    const level = meter.read(inputs, 'Mic', 1);
    expect(level?.peakDb).toBeCloseTo(-6.02, 1);
    expect(level?.magnitudeDb).toBeCloseTo(-13.98, 1);
    expect(meter.read(inputs, 'Music', 2)?.peakDb).toBe(-100);
    expect(meter.read(inputs, 'Unplugged', 3)).toBeNull();
  });

  it('sends at most one reading per interval', () => {
    const meter = new AudioMeter(100);
    expect(meter.read(inputs, 'Mic', 1000)).not.toBeNull();
    expect(meter.read(inputs, 'Mic', 1050)).toBeNull();
    expect(meter.read(inputs, 'Mic', 1100)).not.toBeNull();
  });
});
