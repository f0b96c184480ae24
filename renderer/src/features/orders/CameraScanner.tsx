import jsQR from 'jsqr';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

const frameIntervalMs = 200;

/**
 * Reads a pickup QR with the computer's camera, for desks without a USB scanner. Frames are decoded
 * locally (jsQR), nothing leaves the machine; the camera stops as soon as a code is read.
 */
export function CameraScanner({ onScan }: { onScan: (text: string) => void }) {
  const { t } = useTranslation();
  const [on, setOn] = useState(false);
  const [problem, setProblem] = useState('');
  const video = useRef<HTMLVideoElement>(null);

  useEffect(() => {
    if (!on) return undefined;
    let stream: MediaStream | null = null;
    let timer: ReturnType<typeof setInterval> | undefined;
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('2d', { willReadFrequently: true });
    const stop = () => {
      clearInterval(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: 'environment' }, audio: false })
      .then(async (granted) => {
        stream = granted;
        const element = video.current;
        if (!element || !context) return stop();
        element.srcObject = granted;
        await element.play();
        timer = setInterval(() => {
          if (element.videoWidth === 0) return;
          canvas.width = element.videoWidth;
          canvas.height = element.videoHeight;
          context.drawImage(element, 0, 0);
          const frame = context.getImageData(0, 0, canvas.width, canvas.height);
          const found = jsQR(frame.data, frame.width, frame.height, { inversionAttempts: 'dontInvert' });
          if (!found) return;
          stop();
          setOn(false);
          onScan(found.data);
        }, frameIntervalMs);
      })
      .catch((error: unknown) => {
        const name = error instanceof DOMException ? error.name : '';
        setProblem(t(name === 'NotAllowedError' ? 'orders.desk.cameraDenied' : 'orders.desk.cameraMissing'));
        setOn(false);
      });
    return stop;
  }, [on, onScan, t]);

  return (
    <div className="camera">
      <button
        type="button"
        onClick={() => {
          setProblem('');
          setOn(!on);
        }}
        data-testid="camera-toggle"
      >
        {t(on ? 'orders.desk.cameraStop' : 'orders.desk.cameraStart')}
      </button>
      {problem && (
        <p className="warning" role="status">
          {problem}
        </p>
      )}
      {on && <video ref={video} muted playsInline className="camera-view" data-testid="camera-view" />}
    </div>
  );
}
